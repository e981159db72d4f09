"""Mutant req_args_any_param: the search reads the first query parameter, whatever its name, not q"""

from mutants.kit import Edit, build

RULES = ['request.5']
BREAKS = 'the search reads the first query parameter, whatever its name, not q'

EDIT = Edit("request", replace={"request.args.get('q', '')": "next(iter(request.args.values()), '')"})

app, spec_python_api = build(EDIT)
