"""Mutant method_login_missing_500: a POST without username is a server error, 500 (a plain dict lookup: Django's MultiValueDictKeyError, a TypeError in Express)"""

from mutants.kit import Edit, build

RULES = ['methods.3']
BREAKS = "a POST without username is a server error, 500 (a plain dict lookup: Django's MultiValueDictKeyError, a TypeError in Express)"

EDIT = Edit("methods", replace={"escape(request.form['username'])": "escape(request.form.to_dict()['username'])"})

app, spec_python_api = build(EDIT)
