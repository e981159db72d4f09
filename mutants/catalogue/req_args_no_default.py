"""Mutant req_args_no_default: request.args.get('q') without the '' default: an absent q reads 'None'"""

from mutants.kit import Edit, build

RULES = ['request.5']
BREAKS = "request.args.get('q') without the '' default: an absent q reads 'None'"

EDIT = Edit("request", replace={"request.args.get('q', '')": "request.args.get('q')"})

app, spec_python_api = build(EDIT)
