"""Mutant all_options_blanket: OPTIONS is answered by one handler for every URL, listing every method the app knows, not the route's (a blanket OPTIONS handler for CORS)"""

from mutants.kit import Edit, build

RULES = ['all.5', 'all.8']
BREAKS = "OPTIONS is answered by one handler for every URL, listing every method the app knows, not the route's (a blanket OPTIONS handler for CORS)"

EDIT = Edit("templates", append="""
from flask import request


@app.before_request
def blanket_options():
    if request.method == 'OPTIONS':
        return '', 200, {'Allow': 'GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS'}
""")

app, spec_python_api = build(EDIT)
