"""Mutant flash_login_fields_nested: the form's fields are named as Rails' form_with(model: user) names them (user[username], user[password]), not username and password"""

from mutants.kit import Edit, build

RULES = ['flashing.3']
BREAKS = "the form's fields are named as Rails' form_with(model: user) names them (user[username], user[password]), not username and password"

EDIT = Edit("flashing", templates={"login.html": {'name="username"': 'name="user[username]"', 'name="password"': 'name="user[password]"'}})

app, spec_python_api = build(EDIT)
