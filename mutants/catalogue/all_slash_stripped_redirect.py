"""Mutant all_slash_stripped_redirect: a path with a trailing slash is redirected (301) to the path without it, as Laravel's default .htaccess does"""

from mutants.kit import Edit, build

RULES = ['all.2']
BREAKS = "a path with a trailing slash is redirected (301) to the path without it, as Laravel's default .htaccess does"

EDIT = Edit("methods", append="""
from flask import redirect, request


@app.before_request
def strip_trailing_slash():
    if request.path != '/' and request.path.endswith('/'):
        return redirect(request.script_root + request.path.rstrip('/'), 301)
""")

app, spec_python_api = build(EDIT)
