"""Mutant req_login_case_insensitive: valid_login ignores the case of the username: Admin / 123 logs in"""

from mutants.kit import Edit, build

RULES = ['request.3']
BREAKS = 'valid_login ignores the case of the username: Admin / 123 logs in'

EDIT = Edit("request", replace={"username == 'admin'": "username.lower() == 'admin'"})

app, spec_python_api = build(EDIT)
