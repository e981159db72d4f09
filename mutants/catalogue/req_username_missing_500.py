"""Mutant req_username_missing_500: the username is read with a plain dict lookup (a KeyError): a POST without it answers 500; without the password, 400"""

from mutants.kit import Edit, build

RULES = ['request.4']
BREAKS = 'the username is read with a plain dict lookup (a KeyError): a POST without it answers 500; without the password, 400'

EDIT = Edit("request", replace={"        if valid_login(request.form['username'],": "        if valid_login(request.form.to_dict()['username'],"})

app, spec_python_api = build(EDIT)
