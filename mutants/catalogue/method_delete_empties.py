"""Mutant method_delete_empties: DELETE empties the board but keeps it: a GET afterwards is 200 with an empty list, not 404"""

from mutants.kit import Edit, build

RULES = ['methods.6']
BREAKS = 'DELETE empties the board but keeps it: a GET afterwards is 200 with an empty list, not 404'

EDIT = Edit("methods", replace={"        del boards[name]": "        boards[name] = []"})

app, spec_python_api = build(EDIT)
