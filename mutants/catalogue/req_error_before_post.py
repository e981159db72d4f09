"""Mutant req_error_before_post: the login form shows the error before anything was posted"""

from mutants.kit import Edit, build

RULES = ['request.1']
BREAKS = 'the login form shows the error before anything was posted'

EDIT = Edit("request", replace={"    error = None": "    error = 'Invalid username/password'"})

app, spec_python_api = build(EDIT)
