"""Mutant all_options_404: OPTIONS is answered 404, as a router with no OPTIONS handling (a PHP front controller, a hand-written dispatcher) does"""

from mutants.kit import Edit, build

RULES = ['all.8', 'all.5']
BREAKS = 'OPTIONS is answered 404, as a router with no OPTIONS handling (a PHP front controller, a hand-written dispatcher) does'

EDIT = Edit("url-building", append="""
from flask import abort, request


@app.before_request
def options_not_found():
    if request.method == 'OPTIONS':
        abort(404)
""")

app, spec_python_api = build(EDIT)
