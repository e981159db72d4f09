"""Mutant err_404_catch_all_route: the custom page is a GET catch-all route, not an error handler (Express app.get('*'), Django re_path('^.*$')): other methods and missing static files get the default"""

from mutants.kit import Edit, build

RULES = ['redirects.3']
BREAKS = "the custom page is a GET catch-all route, not an error handler (Express app.get('*'), Django re_path('^.*$')): other methods and missing static files get the default"

EDIT = Edit("redirects", replace={"@app.errorhandler(404)\ndef page_not_found(error):": "@app.route('/<path:error>')\ndef page_not_found(error):"})

app, spec_python_api = build(EDIT)
