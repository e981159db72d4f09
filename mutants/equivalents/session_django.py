"""Equivalent session_django: the session kept as Django's signed_cookies backend keeps it"""

from mutants.kit import Edit, build

RULES = ['sessions.4', 'sessions.6', 'sessions.7', 'sessions.8', 'sessions.10', 'sessions.11', 'all.9']
ALLOWS = ("the session as Django's signed_cookies backend stores it: a cookie 'sessionid' at Path=/ holding "
          "[.]payload:timestamp:signature, the payload base64url JSON (zlib-compressed with a leading '.' when "
          "shorter), the timestamp base62, the signature HMAC-SHA256 keyed by SHA256(salt + 'signer' + key)")

EDIT = Edit("sessions", append='''
import base64
import hashlib
import hmac
import json
import time
import zlib

from flask.sessions import SecureCookieSession, SessionInterface

SALT = 'django.contrib.sessions.backends.signed_cookies'
DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def b62(number):
    text = ''
    while True:
        number, digit = divmod(number, 62)
        text = DIGITS[digit] + text
        if not number:
            return text


def b64(data):
    return base64.urlsafe_b64encode(data).decode().rstrip('=')


class DjangoSignedCookieSession(SessionInterface):
    """django.core.signing.dumps(session, compress=True, salt=SALT), as django.contrib.sessions writes it."""

    name = 'sessionid'

    def signature(self, app, value):
        key = app.secret_key if isinstance(app.secret_key, bytes) else app.secret_key.encode()
        derived = hashlib.sha256((SALT + 'signer').encode() + key).digest()
        return b64(hmac.new(derived, value.encode(), hashlib.sha256).digest())

    def dumps(self, app, data):
        payload = json.dumps(data, separators=(',', ':')).encode('latin-1')
        compressed = zlib.compress(payload)
        marker = '.' if len(compressed) < len(payload) - 1 else ''
        value = marker + b64(compressed if marker else payload) + ':' + b62(int(time.time()))
        return value + ':' + self.signature(app, value)

    def loads(self, app, signed):
        value, _, signature = signed.rpartition(':')
        if not value or not hmac.compare_digest(signature, self.signature(app, value)):
            return None
        payload = value.rsplit(':', 1)[0]
        marker, payload = payload[:1] == '.', payload.lstrip('.')
        data = base64.urlsafe_b64decode(payload + '=' * (-len(payload) % 4))
        return json.loads(zlib.decompress(data) if marker else data)

    def open_session(self, app, request):
        try:
            data = self.loads(app, request.cookies.get(self.name, ''))
        except (ValueError, zlib.error):
            data = None
        return SecureCookieSession(data if isinstance(data, dict) else {})

    def save_session(self, app, session, response):
        if not session.modified:
            return
        if not session:
            response.delete_cookie(self.name, path='/', httponly=True)
            return
        response.set_cookie(self.name, self.dumps(app, dict(session)), path='/', httponly=True)


app.session_interface = DjangoSignedCookieSession()
''')

app, spec_python_api = build(EDIT)
