"""Mutant all_allow_without_head_options: the 405 lists only the methods the route was given (no HEAD, no OPTIONS), as Bottle and Django's require_http_methods do"""

from mutants.kit import Edit, build

RULES = ['all.4']
BREAKS = "the 405 lists only the methods the route was given (no HEAD, no OPTIONS), as Bottle and Django's require_http_methods do"

EDIT = Edit("uploads", append="""
@app.after_request
def allow_only_given(response):
    if response.status_code == 405:
        response.headers['Allow'] = ', '.join(m for m in response.allow if m not in ('HEAD', 'OPTIONS'))
    return response
""")

app, spec_python_api = build(EDIT)
