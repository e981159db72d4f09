"""Equivalent err_other_forms: an absolute Location, a 401 with a challenge and a body, another 404 page."""

from mutants.kit import Edit, build

RULES = ['redirects.1', 'redirects.2', 'redirects.3', 'redirects.4']
ALLOWS = (
    "an absolute Location (Bottle, Go's http.Redirect after a proxy), a 401 that carries WWW-Authenticate and a "
    "page of its own, /without-abort answering in words of its own, the 404 sentence in other HTML"
)

EDIT = Edit(
    "redirects",
    replace={
        "    return redirect(url_for('login'))": "    return redirect(url_for('login', _external=True))",
        "    abort(401)\n": (
            "    abort(app.response_class('<h1>Unauthorized</h1><p>Log in first.</p>', status=401,"
            " headers={'WWW-Authenticate': 'Basic realm=\"login\"'}, mimetype='text/html'))\n"
        ),
        "    this_is_never_executed()\n    return 'Code after abort ran %d times' % runs_after_abort[request.args.get('probe', '')]": (
            "    this_is_never_executed()\n    return 'Done.'"
        ),
    },
    templates={
        "page_not_found.html": {
            "<p>This custom page answers every URL that does not exist.</p>": (
                "<main><p>This custom page answers <em>every</em> URL that does not exist.</p></main>"
            ),
        }
    },
)

app, spec_python_api = build(EDIT)
