"""Mutant req_form_read_from_args: the login reads the query string for the form (Django request.GET for request.POST, PHP $_GET for $_POST): posted credentials are never found"""

from mutants.kit import Edit, build

RULES = ['request.2']
BREAKS = 'the login reads the query string for the form (Django request.GET for request.POST, PHP $_GET for $_POST): posted credentials are never found'

EDIT = Edit("request", replace_every={"request.form[": "request.args["})

app, spec_python_api = build(EDIT)
