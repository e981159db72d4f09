"""Mutant req_args_not_decoded: q is cut from the raw query string, not decoded: 'flask+quickstart', '%E4%B8%AD...'"""

from mutants.kit import Edit, build

RULES = ['request.5']
BREAKS = "q is cut from the raw query string, not decoded: 'flask+quickstart', '%E4%B8%AD...'"

EDIT = Edit("request", replace={"request.args.get('q', '')": "request.query_string.decode().partition('q=')[2].partition('&')[0]"})

app, spec_python_api = build(EDIT)
