"""Mutant session_cookie_secure: the session cookie is Secure: over plain HTTP the browser never sends it back"""

from mutants.kit import Edit, build

RULES = ['sessions.6']
BREAKS = ("the session cookie is marked Secure (Django's SESSION_COOKIE_SECURE from the deployment checklist, "
          "express-session cookie.secure, ASP.NET Core CookieSecurePolicy.Always): over HTTP it lasts no request")

EDIT = Edit("sessions", append="""
app.config['SESSION_COOKIE_SECURE'] = True
""")

app, spec_python_api = build(EDIT)
