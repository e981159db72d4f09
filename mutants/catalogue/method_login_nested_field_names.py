"""Mutant method_login_nested_field_names: the form's fields are named user[username] and user[password], as Rails' form_with(model: user) names them"""

from mutants.kit import Edit, build

RULES = ['methods.2']
BREAKS = "the form's fields are named user[username] and user[password], as Rails' form_with(model: user) names them"

EDIT = Edit("methods", templates={"login.html": {'name="username"': 'name="user[username]"', 'name="password"': 'name="user[password]"'}})

app, spec_python_api = build(EDIT)
