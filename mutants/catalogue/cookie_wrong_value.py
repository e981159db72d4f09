"""Mutant cookie_wrong_value: /store sets the cookie to 'username' instead of 'the username'"""

from mutants.kit import Edit, build

RULES = ['cookies.1']
BREAKS = "/store sets the cookie to 'username' instead of 'the username'"

EDIT = Edit("cookies", replace={"resp.set_cookie('username', 'the username')": "resp.set_cookie('username', 'username')"})

app, spec_python_api = build(EDIT)
