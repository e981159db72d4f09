"""Mutant flash_login_and_for_or: the login refuses only when both username and password are wrong (and for or): admin / 1234 logs in"""

from mutants.kit import Edit, build

RULES = ['flashing.5']
BREAKS = 'the login refuses only when both username and password are wrong (and for or): admin / 1234 logs in'

EDIT = Edit("flashing", replace={"!= 'admin' or request.form['password']": "!= 'admin' and request.form['password']"})

app, spec_python_api = build(EDIT)
