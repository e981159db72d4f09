"""Mutant method_no_automatic_options: provide_automatic_options=False on /: OPTIONS is refused"""

from mutants.kit import Edit, build

RULES = ['all.5', 'all.8']
BREAKS = 'provide_automatic_options=False on /: OPTIONS is refused'

EDIT = Edit("methods", replace={"@app.route('/')\ndef index": "@app.route('/', provide_automatic_options=False)\ndef index"})

app, spec_python_api = build(EDIT)
