"""Mutant cookie_expired: the cookie is set with expires=0, PHP's 'until the browser closes', which Werkzeug writes as 1970"""

from mutants.kit import Edit, build

RULES = ['cookies.1']
BREAKS = ("/store sets the cookie with expires=0 (PHP's setcookie idiom for a session cookie, ported): "
          "Werkzeug writes Expires=1970, so the browser drops it at once")

EDIT = Edit("cookies", replace={"resp.set_cookie('username', 'the username')": "resp.set_cookie('username', 'the username', expires=0)"})

app, spec_python_api = build(EDIT)
