"""The session as Express's cookie-session stores it, written in Flask: shared by the equivalent
``session_express`` and the ``session_express_*`` mutants (this module builds nothing itself).

cookie-session (with the ``cookies`` and ``keygrip`` packages, their defaults) writes two cookies:
``session``, base64 of the session's JSON, readable without the key; and ``session.sig``, the
HMAC-SHA1 of ``session=<value>`` with the key, base64url without padding. Both are HttpOnly, at
Path=/; a session without a valid ``session.sig`` is an empty one.
"""

from __future__ import annotations

import dataclasses

from mutants.kit import Edit, edited

EXPRESS_SESSION = '''
import base64
import hashlib
import hmac
import json

from flask.sessions import SecureCookieSession, SessionInterface


class CookieSessionInterface(SessionInterface):
    """Express's cookie-session: `session` = base64 JSON, `session.sig` = keygrip's signature."""

    name = 'session'

    def sign(self, app, value):
        key = app.secret_key if isinstance(app.secret_key, bytes) else app.secret_key.encode()
        digest = hmac.new(key, (self.name + '=' + value).encode(), hashlib.sha1).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip('=')

    def verified(self, app, value, signature):
        return signature is not None and hmac.compare_digest(signature, self.sign(app, value))

    def open_session(self, app, request):
        value = request.cookies.get(self.name)
        if not value or not self.verified(app, value, request.cookies.get(self.name + '.sig')):
            return SecureCookieSession()
        try:
            data = json.loads(base64.b64decode(value))
        except ValueError:
            return SecureCookieSession()
        return SecureCookieSession(data if isinstance(data, dict) else {})

    def save_session(self, app, session, response):
        if not session.modified:
            return
        if not session:
            response.delete_cookie(self.name, path='/', httponly=True)
            response.delete_cookie(self.name + '.sig', path='/', httponly=True)
            return
        payload = json.dumps(dict(session), ensure_ascii=False, separators=(',', ':'))
        value = base64.b64encode(payload.encode('utf-8')).decode('ascii')
        response.set_cookie(self.name, value, path='/', httponly=True)
        response.set_cookie(self.name + '.sig', self.sign(app, value), path='/', httponly=True)


app.session_interface = CookieSessionInterface()
'''

EDIT = Edit("sessions", append=EXPRESS_SESSION)


def express_edit(replacements: dict[str, str] | None = None, append: str = "") -> Edit:
    """The Express form with its code changed (each text found exactly once), and code appended."""
    source = edited(EXPRESS_SESSION, replacements or {}, "the Express session form") + append
    return dataclasses.replace(EDIT, append=source)
