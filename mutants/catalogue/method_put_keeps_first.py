"""Mutant method_put_keeps_first: PUT creates the board if it is missing and otherwise leaves it (an INSERT OR IGNORE, get_or_create): it never overwrites"""

from mutants.kit import Edit, build

RULES = ['methods.5']
BREAKS = 'PUT creates the board if it is missing and otherwise leaves it (an INSERT OR IGNORE, get_or_create): it never overwrites'

EDIT = Edit("methods", replace={"        boards[name] = [request.form['message']]": "        boards.setdefault(name, [request.form['message']])"})

app, spec_python_api = build(EDIT)
