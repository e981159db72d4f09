"""Mutant route_trailing_slash_dropped: the rule /projects/ loses its trailing slash: /projects is served, /projects/ is not found"""

from mutants.kit import Edit, build

RULES = ['routing.11', 'all.3']
BREAKS = 'the rule /projects/ loses its trailing slash: /projects is served, /projects/ is not found'

EDIT = Edit("routing", replace={"@app.route('/projects/')": "@app.route('/projects')"})

app, spec_python_api = build(EDIT)
