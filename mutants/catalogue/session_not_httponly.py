"""Mutant session_not_httponly: the session cookie is not HttpOnly: scripts in the page can read it"""

from mutants.kit import Edit, build

RULES = ['sessions.10']
BREAKS = 'the session cookie is not HttpOnly: scripts in the page can read it'

EDIT = Edit("sessions", append="""
app.config['SESSION_COOKIE_HTTPONLY'] = False
""")

app, spec_python_api = build(EDIT)
