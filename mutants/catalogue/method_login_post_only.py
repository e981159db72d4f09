"""Mutant method_login_post_only: /login lists POST alone (Django @require_POST, Express app.post(), Spring @PostMapping): the form is never shown by GET"""

from mutants.kit import Edit, build

RULES = ['methods.2']
BREAKS = '/login lists POST alone (Django @require_POST, Express app.post(), Spring @PostMapping): the form is never shown by GET'

EDIT = Edit("methods", replace={"@app.route('/login', methods=['GET', 'POST'])": "@app.route('/login', methods=['POST'])"})

app, spec_python_api = build(EDIT)
