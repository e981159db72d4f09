"""Mutant method_405_status_200: a custom 'method not allowed' page is returned without its status, so a refused POST answers 200 (a Flask errorhandler that returns no status; Express res.send() in a catch-all)"""

from mutants.kit import Edit, build

RULES = ['methods.1']
BREAKS = "a custom 'method not allowed' page is returned without its status, so a refused POST answers 200 (a Flask errorhandler that returns no status; Express res.send() in a catch-all)"

EDIT = Edit("methods", append="""
@app.errorhandler(405)
def method_not_allowed(error):
    return '<h1>Method Not Allowed</h1>'
""")

app, spec_python_api = build(EDIT)
