"""Mutant all_patch_501: PATCH is answered 501 Not Implemented, as servers that do not know a method answer (Python's http.server, some proxies)"""

from mutants.kit import Edit, build

RULES = ['all.4']
BREAKS = "PATCH is answered 501 Not Implemented, as servers that do not know a method answer (Python's http.server, some proxies)"

EDIT = Edit("url-building", append="""
from flask import abort, request


@app.before_request
def patch_not_implemented():
    if request.method == 'PATCH':
        abort(501)
""")

app, spec_python_api = build(EDIT)
