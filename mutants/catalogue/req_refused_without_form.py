"""Mutant req_refused_without_form: a refused login answers with the error alone (Express res.send('Invalid username/password')): no form to try again"""

from mutants.kit import Edit, build

RULES = ['request.3']
BREAKS = "a refused login answers with the error alone (Express res.send('Invalid username/password')): no form to try again"

EDIT = Edit("request", replace={"            error = 'Invalid username/password'": "            return 'Invalid username/password'"})

app, spec_python_api = build(EDIT)
