"""Mutant method_board_missing_500: a write without message is a server error, 500 (a plain dict lookup: Django's MultiValueDictKeyError, a TypeError in Express)"""

from mutants.kit import Edit, build

RULES = ['methods.7']
BREAKS = "a write without message is a server error, 500 (a plain dict lookup: Django's MultiValueDictKeyError, a TypeError in Express)"

EDIT = Edit("methods", replace_every={"request.form['message']": "request.form.to_dict()['message']"})

app, spec_python_api = build(EDIT)
