"""Mutant all_slash_missing_404: a rule ending in a slash does not redirect the URL without it, which is not found, as Bottle and Express (strict: true) do"""

from mutants.kit import Edit, build

RULES = ['all.3']
BREAKS = 'a rule ending in a slash does not redirect the URL without it, which is not found, as Bottle and Express (strict: true) do'

EDIT = Edit("templates", append="""
from flask import abort, request
from werkzeug.routing import RequestRedirect


@app.before_request
def no_slash_redirect():
    if isinstance(request.routing_exception, RequestRedirect):
        abort(404)
""")

app, spec_python_api = build(EDIT)
