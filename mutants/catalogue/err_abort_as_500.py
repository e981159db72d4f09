"""Mutant err_abort_as_500: abort(401) is ported as a thrown error the framework does not map (throw new Error in Express, panic in Go): 500"""

from mutants.kit import Edit, build

RULES = ['redirects.2']
BREAKS = 'abort(401) is ported as a thrown error the framework does not map (throw new Error in Express, panic in Go): 500'

EDIT = Edit("redirects", replace={"    abort(401)\n": "    raise PermissionError('Unauthorized')\n"})

app, spec_python_api = build(EDIT)
