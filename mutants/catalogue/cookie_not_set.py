"""Mutant cookie_not_set: /store never calls set_cookie()"""

from mutants.kit import Edit, build

RULES = ['cookies.1']
BREAKS = '/store never calls set_cookie()'

EDIT = Edit("cookies", replace={"resp.set_cookie('username', 'the username')": "pass"})

app, spec_python_api = build(EDIT)
