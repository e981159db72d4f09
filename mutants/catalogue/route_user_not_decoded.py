"""Mutant route_user_not_decoded: the variable part is passed still percent-encoded: /user/John%20Doe answers 'User John%20Doe'"""

from mutants.kit import Edit, build

RULES = ['routing.3']
BREAKS = "the variable part is passed still percent-encoded: /user/John%20Doe answers 'User John%20Doe'"

EDIT = Edit("routing", replace={
    "from flask import Flask": "from urllib.parse import quote\n\nfrom flask import Flask",
    "return 'User %s' % escape(username)": "return 'User %s' % escape(quote(username))",
})

app, spec_python_api = build(EDIT)
