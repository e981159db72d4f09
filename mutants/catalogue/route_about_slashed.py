"""Mutant route_about_slashed: the rule is '/about/', as Django writes every path"""

from mutants.kit import Edit, build

RULES = ['routing.11']
BREAKS = "the rule is '/about/', as Django's URLconfs end every path with a slash (APPEND_SLASH): /about is redirected, not served"

EDIT = Edit("routing", replace={"@app.route('/about')": "@app.route('/about/')"})

app, spec_python_api = build(EDIT)
