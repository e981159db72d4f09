"""Mutant route_user_plus_as_space: the name is decoded by form rules, '+' read as a space"""

from mutants.kit import Edit, build

RULES = ['routing.3']
BREAKS = "the name is decoded by form rules, '+' read as a space, as Java's URLDecoder.decode, PHP's urldecode and Go's url.QueryUnescape do"

EDIT = Edit("routing", replace={
    "return 'User %s' % escape(username)": "return 'User %s' % escape(username.replace('+', ' '))",
})

app, spec_python_api = build(EDIT)
