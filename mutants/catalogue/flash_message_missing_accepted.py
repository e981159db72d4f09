"""Mutant flash_message_missing_accepted: /flash without a message flashes nothing and redirects (a loop over the fields with no check, Express's [].concat(req.body.message || []))"""

from mutants.kit import Edit, build

RULES = ['flashing.6']
BREAKS = "/flash without a message flashes nothing and redirects (a loop over the fields with no check, Express's [].concat(req.body.message || []))"

EDIT = Edit("flashing", replace={"    if not messages:\n        abort(400)\n": ""})

app, spec_python_api = build(EDIT)
