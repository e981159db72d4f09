"""Mutant tpl_second_rule_dropped: hello() keeps only /hello/<name>: /hello/ is not found"""

from mutants.kit import Edit, build

CLAIMS = ['ROUTE-4', 'TPL-3']
BREAKS = 'hello() keeps only /hello/<name>: /hello/ is not found'

EDIT = Edit("templates", replace={"@app.route('/hello/')\n": ""})

app, spec_python_api = build(EDIT)
