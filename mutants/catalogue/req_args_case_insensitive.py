"""Mutant req_args_case_insensitive: query parameter names are matched in any letter case (ASP.NET Core's Request.Query): ?Q=flask reads flask"""

from mutants.kit import Edit, build

RULES = ['request.5']
BREAKS = "query parameter names are matched in any letter case (ASP.NET Core's Request.Query): ?Q=flask reads flask"

EDIT = Edit("request", replace={"request.args.get('q', '')": "next((v for k, v in request.args.items(multi=True) if k.lower() == 'q'), '')"})

app, spec_python_api = build(EDIT)
