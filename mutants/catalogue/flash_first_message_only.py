"""Mutant flash_first_message_only: /flash reads one message field, the first (request.form['message'], Go's FormValue): the others are dropped"""

from mutants.kit import Edit, build

RULES = ['flashing.6']
BREAKS = "/flash reads one message field, the first (request.form['message'], Go's FormValue): the others are dropped"

EDIT = Edit("flashing", replace={"    messages = request.form.getlist('message')\n": "    messages = request.form.getlist('message')[:1]\n"})

app, spec_python_api = build(EDIT)
