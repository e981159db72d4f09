"""Mutant flash_refused_without_form: a refused login answers with the error alone (Express res.send(...)): no form to try again"""

from mutants.kit import Edit, build

RULES = ['flashing.5']
BREAKS = 'a refused login answers with the error alone (Express res.send(...)): no form to try again'

EDIT = Edit("flashing", replace={"            error = '用户名或密码错误'\n": "            return '用户名或密码错误'\n"})

app, spec_python_api = build(EDIT)
