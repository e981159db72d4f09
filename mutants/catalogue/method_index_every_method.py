"""Mutant method_index_every_method: the route / answers every method with its page, as a Go http.HandleFunc, an Express app.all(), a PHP script or a Django function view does unless told otherwise"""

from mutants.kit import Edit, build

RULES = ['methods.1']
BREAKS = 'the route / answers every method with its page, as a Go http.HandleFunc, an Express app.all(), a PHP script or a Django function view does unless told otherwise'

EDIT = Edit("methods", replace={"@app.route('/')\ndef index": "@app.route('/', methods=['GET', 'POST', 'PUT', 'DELETE', 'PATCH'])\ndef index"})

app, spec_python_api = build(EDIT)
