"""Mutant req_form_json_only: the login parses JSON bodies only (Express with express.json() alone, Spring @RequestBody): a posted HTML form is never read"""

from mutants.kit import Edit, build

RULES = ['request.2']
BREAKS = 'the login parses JSON bodies only (Express with express.json() alone, Spring @RequestBody): a posted HTML form is never read'

EDIT = Edit("request", replace_every={"request.form[": "(request.get_json(silent=True) or {})["})

app, spec_python_api = build(EDIT)
