"""Mutant method_put_appends: PUT appends, as POST does, instead of overwriting"""

from mutants.kit import Edit, build

RULES = ['methods.5']
BREAKS = 'PUT appends, as POST does, instead of overwriting'

EDIT = Edit("methods", replace={"        boards[name] = [request.form['message']]": "        boards.setdefault(name, []).append(request.form['message'])"})

app, spec_python_api = build(EDIT)
