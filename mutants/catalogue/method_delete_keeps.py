"""Mutant method_delete_keeps: DELETE answers 204 but removes nothing"""

from mutants.kit import Edit, build

RULES = ['methods.6']
BREAKS = 'DELETE answers 204 but removes nothing'

EDIT = Edit("methods", replace={"del boards[name]": "pass"})

app, spec_python_api = build(EDIT)
