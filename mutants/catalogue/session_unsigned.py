"""Mutant session_unsigned: the session cookie is plain base64 JSON, with no signature at all"""

from mutants.kit import Edit, build

RULES = ['sessions.8']
BREAKS = 'the session cookie is plain base64 JSON, with no signature at all'

EDIT = Edit("sessions", append="""
import base64
import json

from flask.sessions import SecureCookieSessionInterface


class PlainSerializer:
    def dumps(self, data):
        return base64.urlsafe_b64encode(json.dumps(dict(data)).encode()).decode().rstrip('=')

    def loads(self, text, max_age=None):
        return json.loads(base64.urlsafe_b64decode(text + '=' * (-len(text) % 4)))


class UnsignedSessionInterface(SecureCookieSessionInterface):
    def get_signing_serializer(self, app):
        return PlainSerializer()


app.session_interface = UnsignedSessionInterface()
""")

app, spec_python_api = build(EDIT)
