"""Equivalent static_weak_etag_relative_link: a weak ETag, as Express sends it, and a stylesheet linked by a relative URL."""

from mutants.kit import Edit, build

RULES = ['static-files.3', 'static-files.5']
ALLOWS = ("a weak ETag on the stylesheet (Express's W/\"size-mtime\"), and the page linking it relative to itself "
          "with rel=\"Stylesheet\" (rel keywords ignore case)")

EDIT = Edit("static-files", templates={"styled.html": {
    """<link rel="stylesheet" href="{{ url_for('static', filename='style.css') }}">""":
        """<link rel="Stylesheet" href="static/style.css">""",
}}, append="""
from flask import request


@app.after_request
def weak_etag(response):
    etag = response.headers.get('ETag')
    if request.endpoint == 'static' and etag and not etag.startswith('W/'):
        response.headers['ETag'] = 'W/' + etag
    return response
""")

app, spec_python_api = build(EDIT)
