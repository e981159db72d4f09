"""Mutant url_profile_unescaped: the profile puts the name into the page unescaped"""

from mutants.kit import Edit, build

RULES = ['url-building.1']
BREAKS = "the profile page puts the name into the page unescaped ('User %s' % username): markup in it is rendered"

EDIT = Edit("url-building", replace={"return 'User %s' % escape(username)": "return 'User %s' % username"})

app, spec_python_api = build(EDIT)
