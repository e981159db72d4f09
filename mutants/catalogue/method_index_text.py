"""Mutant method_index_text: / answers 'Index page' instead of 'Index Page' (a port that retypes the document's strings)"""

from mutants.kit import Edit, build

RULES = ['methods.1']
BREAKS = "/ answers 'Index page' instead of 'Index Page' (a port that retypes the document's strings)"

EDIT = Edit("methods", replace={"    return 'Index Page'": "    return 'Index page'"})

app, spec_python_api = build(EDIT)
