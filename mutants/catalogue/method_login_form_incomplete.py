"""Mutant method_login_form_incomplete: the login form shown on GET has no password field"""

from mutants.kit import Edit, build

CLAIMS = ['METHOD-2', 'METHOD-3']
BREAKS = 'the login form shown on GET has no password field'

EDIT = Edit("methods", templates={"login.html": {'<label>Password <input type="password" name="password"></label>': ""}})

app, spec_python_api = build(EDIT)
