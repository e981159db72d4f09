"""Mutant session_one_request: the index pops the username as it greets: the session lasts one request"""

from mutants.kit import Edit, build

RULES = ['sessions.6']
BREAKS = 'the index pops the username as it greets: the session lasts one request'

EDIT = Edit("sessions", replace={"escape(session['username'])": "escape(session.pop('username'))"})

app, spec_python_api = build(EDIT)
