"""Mutant route_path_unescaped: the subpath is put into the page unescaped"""

from mutants.kit import Edit, build

RULES = ['routing.9']
BREAKS = "the subpath is put into the page unescaped, as 'Path %s' % subpath (the Flask docs' first version) and its ports do"

EDIT = Edit("routing", replace={"return 'Path %s' % escape(subpath)": "return 'Path %s' % subpath"})

app, spec_python_api = build(EDIT)
