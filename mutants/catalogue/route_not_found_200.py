"""Mutant route_not_found_200: a URL no rule names answers 200 with a 'Page not found' page"""

from mutants.kit import Edit, build

RULES = ['routing.2']
BREAKS = "a URL no rule names answers 200 with a 'Page not found' page (Express's last-resort res.send, a PHP 404 page without http_response_code)"

EDIT = Edit("routing", append="""
@app.errorhandler(404)
def not_found(error):
    return 'Page not found'
""")

app, spec_python_api = build(EDIT)
