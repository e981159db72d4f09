"""Mutant tpl_second_rule_dropped: hello() keeps only /hello/<name>: /hello/ is not found"""

from mutants.kit import Edit, build

RULES = ['templates.1']
BREAKS = 'hello() keeps only /hello/<name>: /hello/ is not found'

EDIT = Edit("templates", replace={"@app.route('/hello/')\n": ""})

app, spec_python_api = build(EDIT)
