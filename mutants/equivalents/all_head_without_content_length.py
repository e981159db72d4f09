"""Equivalent all_head_without_content_length: HEAD answers leave out Content-Length, as Go's net/http may."""

from mutants.kit import Edit, build

RULES = ['all.7']
ALLOWS = 'a HEAD answer without Content-Length (RFC 9110 lets a server leave out what only the content determines)'

EDIT = Edit("templates", append="""
from flask import request


@app.after_request
def head_without_length(response):
    if request.method == 'HEAD':
        response.headers.pop('Content-Length', None)
    return response
""")

app, spec_python_api = build(EDIT)
