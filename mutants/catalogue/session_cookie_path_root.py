"""Mutant session_cookie_path_root: the session cookie has Path=/: every section shares it"""

from mutants.kit import Edit, build

RULES = ['all.9']
BREAKS = 'the session cookie has Path=/: every section shares it'

EDIT = Edit("sessions", append="""
app.config['SESSION_COOKIE_PATH'] = '/'
""")

app, spec_python_api = build(EDIT)
