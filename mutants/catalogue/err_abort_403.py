"""Mutant err_abort_403: abort(403) where the document aborts with 401"""

from mutants.kit import Edit, build

RULES = ['redirects.2']
BREAKS = 'abort(403) where the document aborts with 401'

EDIT = Edit("redirects", replace={"abort(401)": "abort(403)"})

app, spec_python_api = build(EDIT)
