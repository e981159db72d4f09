"""Equivalent route_text_plain: the routing section answers text/plain and echoes the name raw."""

from mutants.kit import Edit, build

RULES = ['routing.3', 'routing.9']
ALLOWS = "pages sent as text/plain, the name echoed as it is: a browser shows markup in it as those characters (Go's http.ResponseWriter sniffs such a body as text/plain)"

EDIT = Edit("routing", replace_every={"escape(username)": "username", "escape(subpath)": "subpath"}, append="""
@app.after_request
def as_plain_text(response):
    response.mimetype = 'text/plain'
    return response
""")

app, spec_python_api = build(EDIT)
