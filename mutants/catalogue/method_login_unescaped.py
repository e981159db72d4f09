"""Mutant method_login_unescaped: do_the_login() puts the username into the page unescaped"""

from mutants.kit import Edit, build

RULES = ['methods.3']
BREAKS = 'do_the_login() puts the username into the page unescaped'

EDIT = Edit("methods", replace={"escape(request.form['username'])": "request.form['username']"})

app, spec_python_api = build(EDIT)
