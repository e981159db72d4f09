"""Mutant method_delete_pops_last: DELETE removes the last message only (list.pop(), a DELETE read as 'undo')"""

from mutants.kit import Edit, build

RULES = ['methods.6']
BREAKS = "DELETE removes the last message only (list.pop(), a DELETE read as 'undo')"

EDIT = Edit("methods", replace={"        del boards[name]": "        boards[name].pop()"})

app, spec_python_api = build(EDIT)
