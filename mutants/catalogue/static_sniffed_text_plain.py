"""Mutant static_sniffed_text_plain: the stylesheet is written without a Content-Type and the server sniffs one: text/plain (Go's http.DetectContentType for a hand-written handler)"""

from mutants.kit import Edit, build

RULES = ['static-files.1']
BREAKS = "the stylesheet is written without a Content-Type and the server sniffs one: text/plain (Go's http.DetectContentType for a hand-written handler)"

EDIT = Edit("static-files", append="""
from flask import request


@app.after_request
def sniffed(response):
    if request.endpoint == 'static':
        response.headers['Content-Type'] = 'text/plain; charset=utf-8'
    return response
""")

app, spec_python_api = build(EDIT)
