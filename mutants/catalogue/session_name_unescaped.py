"""Mutant session_name_unescaped: the index greets with the session's name unescaped"""

from mutants.kit import Edit, build

RULES = ['sessions.2']
BREAKS = "the index greets with the session's name unescaped"

EDIT = Edit("sessions", replace={"escape(session['username'])": "session['username']"})

app, spec_python_api = build(EDIT)
