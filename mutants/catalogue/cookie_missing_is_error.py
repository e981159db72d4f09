"""Mutant cookie_missing_is_error: the index reads request.cookies['username']: no cookie is an error"""

from mutants.kit import Edit, build

RULES = ['cookies.3']
BREAKS = ("the index reads request.cookies['username'] (Django request.COOKIES['username'] raises KeyError; Go's "
          "r.Cookie returns ErrNoCookie, answered with http.Error): a visitor without the cookie gets an error")

EDIT = Edit("cookies", replace={"request.cookies.get('username')": "request.cookies['username']"})

app, spec_python_api = build(EDIT)
