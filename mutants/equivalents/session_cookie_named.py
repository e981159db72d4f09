"""Equivalent session_cookie_named: the session cookie has a name of its own and Path=/"""

from mutants.kit import Edit, build

RULES = ['sessions.7', 'all.9']
ALLOWS = ("the section keeps its session apart by a cookie name of its own (Django's 'sessionid', PHP's "
          "'PHPSESSID' are other names), at Path=/: not by the cookie's path")

EDIT = Edit("sessions", append="""
app.config['SESSION_COOKIE_NAME'] = 'quickstart_session'
app.config['SESSION_COOKIE_PATH'] = '/'
""")

app, spec_python_api = build(EDIT)
