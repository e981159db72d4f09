"""Mutant req_args_decoded_twice: q, already decoded by the framework, is decoded once more (decodeURIComponent(req.query.q) in Express, urldecode($_GET['q']) in PHP): %2B ends up a space"""

from mutants.kit import Edit, build

RULES = ['request.5']
BREAKS = "q, already decoded by the framework, is decoded once more (decodeURIComponent(req.query.q) in Express, urldecode($_GET['q']) in PHP): %2B ends up a space"

EDIT = Edit("request", replace={"request.args.get('q', '')": "unquote_plus(request.args.get('q', ''))"}, append="from urllib.parse import unquote_plus")

app, spec_python_api = build(EDIT)
