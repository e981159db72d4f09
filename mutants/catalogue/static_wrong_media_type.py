"""Mutant static_wrong_media_type: static files are served as application/octet-stream, so style.css is not text/css"""

from mutants.kit import Edit, build

RULES = ['static-files.1']
BREAKS = 'static files are served as application/octet-stream, so style.css is not text/css'

EDIT = Edit("static-files", append="""
from flask import request


@app.after_request
def octet_stream(response):
    if request.endpoint == 'static':
        response.mimetype = 'application/octet-stream'
    return response
""")

app, spec_python_api = build(EDIT)
