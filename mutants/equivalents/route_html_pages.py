"""Equivalent route_html_pages: every routing page is a whole HTML document, the text in a heading."""

from mutants.kit import Edit, build

RULES = ['routing.1', 'routing.3', 'routing.5', 'routing.7', 'routing.9', 'routing.11']
ALLOWS = ("each page as a whole HTML document (a title, the text in an <h1>, a layout around it), as Rails' and "
          "Django's layouts wrap a view, the name escaped by another escaper (html.escape: quotes as &#x27;)")

EDIT = Edit("routing", replace={
    "from markupsafe import escape\n": "from html import escape\n",
}, append="""
@app.after_request
def as_html_page(response):
    if response.status_code == 200 and response.mimetype == 'text/html':
        text = response.get_data(as_text=True)
        response.set_data(
            '<!doctype html>\\n<html lang="en">\\n<head><meta charset="utf-8"><title>Routing</title></head>\\n'
            '<body>\\n<main><h1>%s</h1></main>\\n</body>\\n</html>\\n' % text
        )
    return response
""")

app, spec_python_api = build(EDIT)
