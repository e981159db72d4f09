"""Mutant req_password_input_text: the password field is a plain <input name=password> (no type): the password shows as it is typed"""

from mutants.kit import Edit, build

RULES = ['request.1']
BREAKS = 'the password field is a plain <input name=password> (no type): the password shows as it is typed'

EDIT = Edit("request", templates={"login.html": {'<input type="password" name="password">': '<input name="password">'}})

app, spec_python_api = build(EDIT)
