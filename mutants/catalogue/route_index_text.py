"""Mutant route_index_text: / answers 'Index page' instead of 'Index Page'"""

from mutants.kit import Edit, build

RULES = ['routing.1']
BREAKS = "/ answers 'Index page' instead of 'Index Page'"

EDIT = Edit("routing", replace={"return 'Index Page'": "return 'Index page'"})

app, spec_python_api = build(EDIT)
