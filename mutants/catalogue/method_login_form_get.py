"""Mutant method_login_form_get: the login form has no method attribute, so the browser sends it by GET (HTML's default), not POST"""

from mutants.kit import Edit, build

RULES = ['methods.2']
BREAKS = "the login form has no method attribute, so the browser sends it by GET (HTML's default), not POST"

EDIT = Edit("methods", templates={"login.html": {'<form method="post">': '<form>'}})

app, spec_python_api = build(EDIT)
