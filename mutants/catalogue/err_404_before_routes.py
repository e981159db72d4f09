"""Mutant err_404_before_routes: the not-found page is registered before the routes (an Express app.use(...) catch-all above them): every page is the custom 404"""

from mutants.kit import Edit, build

RULES = ['redirects.3']
BREAKS = 'the not-found page is registered before the routes (an Express app.use(...) catch-all above them): every page is the custom 404'

EDIT = Edit("redirects", append="""
@app.before_request
def not_found_first():
    return page_not_found(None)
""")

app, spec_python_api = build(EDIT)
