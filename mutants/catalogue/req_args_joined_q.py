"""Mutant req_args_joined_q: several q are read joined with commas (Spring's @RequestParam String, ASP.NET Core's StringValues, an Express array put in a string)"""

from mutants.kit import Edit, build

RULES = ['request.6']
BREAKS = "several q are read joined with commas (Spring's @RequestParam String, ASP.NET Core's StringValues, an Express array put in a string)"

EDIT = Edit("request", replace={"request.args.get('q', '')": "','.join(request.args.getlist('q'))"})

app, spec_python_api = build(EDIT)
