"""Mutant method_put_missing_clears: PUT replaces the board with every message field sent (request.form.getlist): a PUT without message empties the board"""

from mutants.kit import Edit, build

RULES = ['methods.7']
BREAKS = 'PUT replaces the board with every message field sent (request.form.getlist): a PUT without message empties the board'

EDIT = Edit("methods", replace={"        boards[name] = [request.form['message']]": "        boards[name] = request.form.getlist('message')"})

app, spec_python_api = build(EDIT)
