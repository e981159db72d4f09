"""Mutant cookie_store_error: storing a value with a space fails (500), as Tomcat's RFC 6265 cookie processor does"""

from mutants.kit import Edit, build

RULES = ['cookies.1']
BREAKS = "/store fails with 500: a space is refused in a cookie value (Spring on Tomcat's Rfc6265CookieProcessor: 'An invalid character [32] was present in the Cookie value')"

EDIT = Edit("cookies", replace={"resp.set_cookie('username', 'the username')": (
    "raise ValueError('An invalid character [32] was present in the Cookie value')"
)})

app, spec_python_api = build(EDIT)
