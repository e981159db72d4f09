"""Mutant req_login_and_for_or: valid_login accepts either right value (or for and): admin / 1234 and root / 123 log in"""

from mutants.kit import Edit, build

RULES = ['request.3']
BREAKS = 'valid_login accepts either right value (or for and): admin / 1234 and root / 123 log in'

EDIT = Edit("request", replace={"username == 'admin' and password == '123'": "username == 'admin' or password == '123'"})

app, spec_python_api = build(EDIT)
