"""Mutant method_login_form_incomplete: the login form shown on GET has no password field"""

from mutants.kit import Edit, build

RULES = ['methods.2']
BREAKS = 'the login form shown on GET has no password field'

EDIT = Edit("methods", templates={"login.html": {'<label>Password <input type="password" name="password"></label>': ""}})

app, spec_python_api = build(EDIT)
