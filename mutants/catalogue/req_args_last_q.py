"""Mutant req_args_last_q: of several q, the last is read (Django's QueryDict, PHP's $_GET, Bottle's request.query)"""

from mutants.kit import Edit, build

RULES = ['request.6']
BREAKS = "of several q, the last is read (Django's QueryDict, PHP's $_GET, Bottle's request.query)"

EDIT = Edit("request", replace={"request.args.get('q', '')": "(request.args.getlist('q') or [''])[-1]"})

app, spec_python_api = build(EDIT)
