"""Equivalent req_other_html: the request section's pages in other HTML around the same text."""

from mutants.kit import Edit, build

RULES = ['request.1', 'request.2', 'request.3', 'request.5']
ALLOWS = (
    "other HTML around the same text: a full page for the greeting (inline <b> around the name), the "
    "error in a <div role=alert>, the search words in a <mark> inside a paragraph, a page <title>"
)

EDIT = Edit(
    "request",
    replace={
        "    return 'Logged in as %s' % escape(username)": (
            "    return '<!doctype html><title>Welcome</title><h1>Logged in as <b>%s</b></h1>' % escape(username)"
        ),
        "    return \"You searched for: '%s'\" % escape(searchword)": (
            "    return \"<title>Search</title><p>You searched for: '<mark>%s</mark>'</p>\" % escape(searchword)"
        ),
    },
    templates={
        "login.html": {
            '<p class="error"><strong>Error:</strong> {{ error }}</p>': '<div role="alert">{{ error }}</div>',
        }
    },
)

app, spec_python_api = build(EDIT)
