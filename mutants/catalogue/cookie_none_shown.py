"""Mutant cookie_none_shown: without the cookie the page says 'The username cookie says: None'"""

from mutants.kit import Edit, build

RULES = ['cookies.3']
BREAKS = "without the cookie the page says 'The username cookie says: None'"

EDIT = Edit("cookies", templates={"cookie.html": {"{% elif username %}": "{% elif true %}"}})

app, spec_python_api = build(EDIT)
