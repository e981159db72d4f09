"""Mutant method_delete_clears_all: DELETE removes every board (boards.clear(), Rails destroy_all on the wrong scope)"""

from mutants.kit import Edit, build

RULES = ['methods.6']
BREAKS = 'DELETE removes every board (boards.clear(), Rails destroy_all on the wrong scope)'

EDIT = Edit("methods", replace={"        del boards[name]": "        boards.clear()"})

app, spec_python_api = build(EDIT)
