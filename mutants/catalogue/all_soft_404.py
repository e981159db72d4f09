"""Mutant all_soft_404: a URL no rule names gets a 'not found' page with status 200 (a soft 404, as a hand-written PHP or Express fallback sends)"""

from mutants.kit import Edit, build

RULES = ['all.1']
BREAKS = "a URL no rule names gets a 'not found' page with status 200 (a soft 404, as a hand-written PHP or Express fallback sends)"

EDIT = Edit("templates", append="""
@app.errorhandler(404)
def soft_not_found(error):
    return '<h1>Page not found</h1>', 200
""")

app, spec_python_api = build(EDIT)
