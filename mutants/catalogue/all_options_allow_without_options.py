"""Mutant all_options_allow_without_options: OPTIONS answers list the route's methods without OPTIONS itself, as Express does"""

from mutants.kit import Edit, build

RULES = ['all.5']
BREAKS = "OPTIONS answers list the route's methods without OPTIONS itself (Allow: GET,HEAD), as Express's automatic OPTIONS does"

EDIT = Edit("static-files", append="""
from flask import request


@app.after_request
def allow_without_options(response):
    if request.method == 'OPTIONS':
        response.headers['Allow'] = ', '.join(m for m in response.allow if m != 'OPTIONS')
    return response
""")

app, spec_python_api = build(EDIT)
