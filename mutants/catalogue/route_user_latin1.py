"""Mutant route_user_latin1: the name's bytes are decoded as Latin-1, not UTF-8"""

from mutants.kit import Edit, build

RULES = ['routing.3']
BREAKS = "the name's bytes are decoded as Latin-1, not UTF-8, as Tomcat did by default before version 8 and a WSGI port reading PATH_INFO as it comes does"

EDIT = Edit("routing", replace={
    "return 'User %s' % escape(username)": "return 'User %s' % escape(username.encode('utf-8').decode('latin-1'))",
})

app, spec_python_api = build(EDIT)
