"""Mutant route_user_unescaped: the name is put into the page unescaped, as the document writes it"""

from mutants.kit import Edit, build

RULES = ['routing.3']
BREAKS = "the name is put into the page unescaped, as the document's 'User %s' % username and its ports do: markup in it is rendered"

EDIT = Edit("routing", replace={"return 'User %s' % escape(username)": "return 'User %s' % username"})

app, spec_python_api = build(EDIT)
