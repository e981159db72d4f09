"""Mutant req_values_not_form: the login reads request.values, so credentials in the URL's query string log in"""

from mutants.kit import Edit, build

RULES = ['request.4']
BREAKS = "the login reads request.values, so credentials in the URL's query string log in"

EDIT = Edit("request", replace_every={"request.form[": "request.values["})

app, spec_python_api = build(EDIT)
