"""Mutant req_valid_login_stub: valid_login, which the document leaves undefined, is a stub that accepts anyone (return True): any credentials log in"""

from mutants.kit import Edit, build

RULES = ['request.2', 'request.3']
BREAKS = 'valid_login, which the document leaves undefined, is a stub that accepts anyone (return True): any credentials log in'

EDIT = Edit("request", replace={"    return username == 'admin' and password == '123'": "    return True"})

app, spec_python_api = build(EDIT)
