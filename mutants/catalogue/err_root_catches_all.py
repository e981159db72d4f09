"""Mutant err_root_catches_all: the index's pattern catches every path (Go's ServeMux pattern '/'): a URL that does not exist is redirected to the login page"""

from mutants.kit import Edit, build

RULES = ['redirects.3']
BREAKS = "the index's pattern catches every path (Go's ServeMux pattern '/'): a URL that does not exist is redirected to the login page"

EDIT = Edit("redirects", replace={"@app.route('/')\ndef index():": "@app.route('/')\n@app.route('/<path:anything>', methods=['GET', 'POST', 'PUT', 'DELETE', 'PATCH'])\ndef index(anything=None):"})

app, spec_python_api = build(EDIT)
