"""Mutant session_logout_forgets_nothing: /logout redirects but leaves the username in the session"""

from mutants.kit import Edit, build

RULES = ['sessions.5']
BREAKS = '/logout redirects but leaves the username in the session'

EDIT = Edit("sessions", replace={"session.pop('username', None)": "session.get('username')"})

app, spec_python_api = build(EDIT)
