"""Mutant route_no_strict_slashes: /about with strict_slashes=False: /about/ is served instead of not found"""

from mutants.kit import Edit, build

RULES = ['all.2']
BREAKS = '/about with strict_slashes=False: /about/ is served instead of not found'

EDIT = Edit("routing", replace={"@app.route('/about')": "@app.route('/about', strict_slashes=False)"})

app, spec_python_api = build(EDIT)
