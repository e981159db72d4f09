"""Mutant flash_error_message: wrong credentials say 'Invalid credentials', not '用户名或密码错误'"""

from mutants.kit import Edit, build

RULES = ['flashing.5']
BREAKS = "wrong credentials say 'Invalid credentials', not '用户名或密码错误'"

EDIT = Edit("flashing", replace={"error = '用户名或密码错误'": "error = 'Invalid credentials'"})

app, spec_python_api = build(EDIT)
