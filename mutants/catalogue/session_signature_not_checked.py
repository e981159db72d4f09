"""Mutant session_signature_not_checked: the session cookie is signed but its signature is never checked: a visitor can change it"""

from mutants.kit import Edit, build

RULES = ['sessions.8']
BREAKS = 'the session cookie is signed but its signature is never checked: a visitor can change it'

EDIT = Edit("sessions", append="""
from flask.sessions import SecureCookieSessionInterface


class UncheckedSessionInterface(SecureCookieSessionInterface):
    def open_session(self, app, request):
        value = request.cookies.get(self.get_cookie_name(app))
        if not value:
            return self.session_class()
        _valid, data = self.get_signing_serializer(app).loads_unsafe(value)
        return self.session_class(data if isinstance(data, dict) else {})


app.session_interface = UncheckedSessionInterface()
""")

app, spec_python_api = build(EDIT)
