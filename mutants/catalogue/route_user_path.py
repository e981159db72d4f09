"""Mutant route_user_path: /user/<path:username> instead of <username>: the variable part takes slashes"""

from mutants.kit import Edit, build

RULES = ['routing.4']
BREAKS = '/user/<path:username> instead of <username>: the variable part takes slashes'

EDIT = Edit("routing", replace={"/user/<username>": "/user/<path:username>"})

app, spec_python_api = build(EDIT)
