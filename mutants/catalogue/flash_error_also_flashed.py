"""Mutant flash_error_also_flashed: a refused login also flashes its error (Django's messages.error(request, ...) beside the form): the index shows 用户名或密码错误 later"""

from mutants.kit import Edit, build

RULES = ['flashing.5']
BREAKS = "a refused login also flashes its error (Django's messages.error(request, ...) beside the form): the index shows 用户名或密码错误 later"

EDIT = Edit("flashing", replace={"            error = '用户名或密码错误'\n": "            error = '用户名或密码错误'\n            flash(error)\n"})

app, spec_python_api = build(EDIT)
