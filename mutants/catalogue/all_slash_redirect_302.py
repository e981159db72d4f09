"""Mutant all_slash_redirect_302: the trailing-slash redirect is a 302 (a temporary redirect written by hand, as Spring's 'redirect:' prefix sends)"""

from mutants.kit import Edit, build

RULES = ['all.3']
BREAKS = "the trailing-slash redirect is a 302 (a temporary redirect written by hand, as Spring's 'redirect:' prefix sends)"

EDIT = Edit("flashing", append="""
from flask import redirect, request
from werkzeug.routing import RequestRedirect


@app.before_request
def slash_redirect_302():
    if isinstance(request.routing_exception, RequestRedirect):
        return redirect(request.routing_exception.new_url, 302)
""")

app, spec_python_api = build(EDIT)
