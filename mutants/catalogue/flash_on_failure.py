"""Mutant flash_on_failure: a refused login flashes '登陆成功' too"""

from mutants.kit import Edit, build

RULES = ['flashing.5']
BREAKS = "a refused login flashes '登陆成功' too"

EDIT = Edit("flashing", replace={"            error = '用户名或密码错误'": "            error = '用户名或密码错误'\n            flash('登陆成功')"})

app, spec_python_api = build(EDIT)
