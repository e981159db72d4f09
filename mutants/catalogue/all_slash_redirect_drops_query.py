"""Mutant all_slash_redirect_drops_query: the trailing-slash redirect drops the query string, as a hand-written redirect(request.path + '/') does"""

from mutants.kit import Edit, build

RULES = ['all.3']
BREAKS = "the trailing-slash redirect drops the query string, as a hand-written redirect(request.path + '/') does"

EDIT = Edit("uploads", append="""
from flask import redirect, request
from werkzeug.routing import RequestRedirect


@app.before_request
def slash_redirect_without_query():
    if isinstance(request.routing_exception, RequestRedirect):
        return redirect(request.routing_exception.new_url.split('?')[0], 308)
""")

app, spec_python_api = build(EDIT)
