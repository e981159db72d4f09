"""Mutant err_404_static_default: a missing static file gets the default 404, not the custom page (static files served by nginx or a CDN in front, Spring's resource handler)"""

from mutants.kit import Edit, build

RULES = ['redirects.3']
BREAKS = "a missing static file gets the default 404, not the custom page (static files served by nginx or a CDN in front, Spring's resource handler)"

EDIT = Edit("redirects", append="""
from werkzeug.exceptions import NotFound

serve_static = app.view_functions['static']


def static_or_plain_404(filename):
    try:
        return serve_static(filename)
    except NotFound:
        return 'Not Found', 404


app.view_functions['static'] = static_or_plain_404
""")

app, spec_python_api = build(EDIT)
