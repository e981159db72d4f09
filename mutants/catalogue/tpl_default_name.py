"""Mutant tpl_default_name: name defaults to 'World' instead of None: /hello/ says 'Hello World!', not 'Hello, World!'"""

from mutants.kit import Edit, build

RULES = ['templates.1']
BREAKS = "name defaults to 'World' instead of None: /hello/ says 'Hello World!', not 'Hello, World!'"

EDIT = Edit("templates", replace={"def hello(name=None)": "def hello(name='World')"})

app, spec_python_api = build(EDIT)
