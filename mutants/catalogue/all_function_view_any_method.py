"""Mutant all_function_view_any_method: /hello answers every method, as a Django function view or a PHP script does unless it checks the method"""

from mutants.kit import Edit, build

RULES = ['all.6', 'all.4']
BREAKS = '/hello answers every method, as a Django function view or a PHP script does unless it checks the method'

EDIT = Edit("routing", replace={"@app.route('/hello')": "@app.route('/hello', methods=['GET', 'POST', 'PUT', 'DELETE', 'PATCH'])"})

app, spec_python_api = build(EDIT)
