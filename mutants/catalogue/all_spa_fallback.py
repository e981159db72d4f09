"""Mutant all_spa_fallback: every URL no rule names serves the index page with 200, as a single-page app's catch-all (Express app.get('*'), a PHP front controller) does"""

from mutants.kit import Edit, build

RULES = ['all.1']
BREAKS = "every URL no rule names serves the index page with 200, as a single-page app's catch-all (Express app.get('*'), a PHP front controller) does"

EDIT = Edit("static-files", append="""
@app.errorhandler(404)
def fallback(error):
    return index()
""")

app, spec_python_api = build(EDIT)
