"""Mutant method_post_on_get_route: the GET-only route / also accepts POST"""

from mutants.kit import Edit, build

RULES = ['all.6', 'all.4']
BREAKS = 'the GET-only route / also accepts POST'

EDIT = Edit("methods", replace={"@app.route('/')\ndef index": "@app.route('/', methods=['GET', 'POST'])\ndef index"})

app, spec_python_api = build(EDIT)
