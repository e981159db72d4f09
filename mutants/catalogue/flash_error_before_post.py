"""Mutant flash_error_before_post: the login page shows the error before anything was posted"""

from mutants.kit import Edit, build

RULES = ['flashing.3']
BREAKS = 'the login page shows the error before anything was posted'

EDIT = Edit("flashing", replace={"    error = None\n": "    error = '用户名或密码错误'\n"})

app, spec_python_api = build(EDIT)
