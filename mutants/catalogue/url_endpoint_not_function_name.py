"""Mutant url_endpoint_not_function_name: the login view's endpoint is 'login_page', not its function's name: url_for('login') fails"""

from mutants.kit import Edit, build

RULES = ['url-building.2', 'url-building.7', 'url-building.8']
BREAKS = "the login view's endpoint is 'login_page', not its function's name: url_for('login') fails"

EDIT = Edit("url-building", replace={"@app.route('/login')": "@app.route('/login', endpoint='login_page')"})

app, spec_python_api = build(EDIT)
