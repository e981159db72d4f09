"""Mutant session_forgery_error: a session cookie with a bad signature is an error (500), not an empty session"""

from mutants.kit import Edit, build

RULES = ['sessions.8']
BREAKS = ("a bad signature raises instead of giving an empty session (gorilla/sessions' documented "
          "'if err != nil { http.Error(w, err.Error(), 500) }', a hand-written loads() without try): a 500")

EDIT = Edit("sessions", append="""
from flask.sessions import SecureCookieSessionInterface


class StrictSessionInterface(SecureCookieSessionInterface):
    def open_session(self, app, request):
        value = request.cookies.get(self.get_cookie_name(app))
        if not value:
            return self.session_class()
        max_age = int(app.permanent_session_lifetime.total_seconds())
        return self.session_class(self.get_signing_serializer(app).loads(value, max_age=max_age))


app.session_interface = StrictSessionInterface()
""")

app, spec_python_api = build(EDIT)
