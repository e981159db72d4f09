"""Mutant route_hello_slashed: the rule is '/hello/', as Django writes every path"""

from mutants.kit import Edit, build

RULES = ['routing.1']
BREAKS = "the rule is '/hello/', as Django's URLconfs end every path with a slash (APPEND_SLASH): /hello is redirected, not served"

EDIT = Edit("routing", replace={"@app.route('/hello')": "@app.route('/hello/')"})

app, spec_python_api = build(EDIT)
