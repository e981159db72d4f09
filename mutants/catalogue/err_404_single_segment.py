"""Mutant err_404_single_segment: the custom page answers only one-segment URLs (a catch-all /:page in Express, /{page} in Go 1.22's ServeMux): deeper URLs get the default 404"""

from mutants.kit import Edit, build

RULES = ['redirects.3']
BREAKS = "the custom page answers only one-segment URLs (a catch-all /:page in Express, /{page} in Go 1.22's ServeMux): deeper URLs get the default 404"

EDIT = Edit("redirects", replace={"def page_not_found(error):\n": "def page_not_found(error):\n    if request.path.count('/') > 1 and not request.path.startswith('/static/'):\n        return error\n"})

app, spec_python_api = build(EDIT)
