"""Mutant method_login_reads_values: the name is read from the query string as well as the form (Rails' params, Spring's @RequestParam, PHP's $_REQUEST, Flask's request.values): a POST with username only in the URL logs in"""

from mutants.kit import Edit, build

RULES = ['methods.3']
BREAKS = "the name is read from the query string as well as the form (Rails' params, Spring's @RequestParam, PHP's $_REQUEST, Flask's request.values): a POST with username only in the URL logs in"

EDIT = Edit("methods", replace={"escape(request.form['username'])": "escape(request.values['username'])"})

app, spec_python_api = build(EDIT)
