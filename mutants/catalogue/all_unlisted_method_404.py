"""Mutant all_unlisted_method_404: a method a route does not list is answered 404, as Express does for a method no route handles"""

from mutants.kit import Edit, build

RULES = ['all.4']
BREAKS = 'a method a route does not list is answered 404, as Express does for a method no route handles'

EDIT = Edit("request", append="""
@app.errorhandler(405)
def as_not_found(error):
    return '<h1>Not Found</h1>', 404
""")

app, spec_python_api = build(EDIT)
