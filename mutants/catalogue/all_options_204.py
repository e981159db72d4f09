"""Mutant all_options_204: OPTIONS is answered 204 No Content, as CORS middleware (ASP.NET Core, the cors package for Express) answers a preflight"""

from mutants.kit import Edit, build

RULES = ['all.5']
BREAKS = 'OPTIONS is answered 204 No Content, as CORS middleware (ASP.NET Core, the cors package for Express) answers a preflight'

EDIT = Edit("logging", append="""
from flask import request


@app.after_request
def options_no_content(response):
    if request.method == 'OPTIONS' and response.status_code == 200:
        response.status_code = 204
    return response
""")

app, spec_python_api = build(EDIT)
