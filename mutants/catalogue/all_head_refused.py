"""Mutant all_head_refused: HEAD is refused with 405, as a hand-written check of request.method == GET (PHP, a bare WSGI or Go handler) does"""

from mutants.kit import Edit, build

RULES = ['all.7']
BREAKS = 'HEAD is refused with 405, as a hand-written check of request.method == GET (PHP, a bare WSGI or Go handler) does'

EDIT = Edit("minimal", append="""
from flask import abort, request


@app.before_request
def head_refused():
    if request.method == 'HEAD':
        abort(405)
""")

app, spec_python_api = build(EDIT)
