"""Mutant req_missing_field_500: a POST without the password field answers 500 (a plain KeyError), not 400"""

from mutants.kit import Edit, build

RULES = ['request.4']
BREAKS = 'a POST without the password field answers 500 (a plain KeyError), not 400'

EDIT = Edit("request", replace={"request.form['password']": "request.form.to_dict()['password']"})

app, spec_python_api = build(EDIT)
