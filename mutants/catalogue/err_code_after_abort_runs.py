"""Mutant err_code_after_abort_runs: the code after abort() runs first: this_is_never_executed() is executed"""

from mutants.kit import Edit, build

RULES = ['redirects.2']
BREAKS = 'the code after abort() runs first: this_is_never_executed() is executed'

EDIT = Edit("redirects", replace={"    abort(401)\n    this_is_never_executed()": "    this_is_never_executed()\n    abort(401)"})

app, spec_python_api = build(EDIT)
