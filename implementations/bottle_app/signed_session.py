"""A session kept in a signed cookie, in the format the contract names (Flask's, by hand).

Bottle's own signed cookies (``set_cookie(..., secret=...)``) are a pickled, differently framed
format; the contract wants ``[.]payload.timestamp.signature``: the payload is URL-safe base64
(no padding) of a JSON object, zlib-compressed behind a leading ``.`` when that is shorter; the
signature is an HMAC-SHA256 of ``payload.timestamp``. Anyone can read it; only the key can sign it.
"""
import base64
import hashlib
import hmac
import json
import os
import time
import zlib

from bottle import request, response


def _b64encode(data):
    return base64.urlsafe_b64encode(data).rstrip(b'=').decode('ascii')


def _b64decode(text):
    return base64.urlsafe_b64decode(text + '=' * (-len(text) % 4))


class SignedCookieSession:
    """Loads and saves one Bottle app's session; the key is drawn anew at every start."""

    def __init__(self, cookie_name='session', secret_key=None):
        self.cookie_name = cookie_name
        self.secret_key = secret_key or os.urandom(24)

    def _sign(self, signed_part):
        mac = hmac.new(self.secret_key, signed_part.encode('ascii'), hashlib.sha256)
        return _b64encode(mac.digest())

    def dumps(self, data):
        raw = json.dumps(data, separators=(',', ':'), ensure_ascii=False).encode('utf-8')
        compressed = zlib.compress(raw)
        if len(compressed) < len(raw) - 1:
            payload = '.' + _b64encode(compressed)
        else:
            payload = _b64encode(raw)
        signed_part = '%s.%s' % (payload, _b64encode(int(time.time()).to_bytes(4, 'big')))
        return '%s.%s' % (signed_part, self._sign(signed_part))

    def loads(self, value):
        """The session's contents, or None for anything this key did not sign."""
        signed_part, _, signature = value.rpartition('.')
        if not signed_part or not hmac.compare_digest(self._sign(signed_part), signature):
            return None
        payload = signed_part.rpartition('.')[0]
        try:
            if payload.startswith('.'):
                data = json.loads(zlib.decompress(_b64decode(payload[1:])))
            else:
                data = json.loads(_b64decode(payload))
        except (ValueError, zlib.error):  # bad base64, compression or JSON
            return None
        return data if isinstance(data, dict) else None

    def load(self):
        """The current request's session (a fresh dict when there is none, or a forged one)."""
        value = request.get_cookie(self.cookie_name)
        return (value and self.loads(value)) or {}

    def save(self, data):
        """Write ``data`` to the response; an empty session removes the cookie."""
        # Scoped to the mounted app (SCRIPT_NAME), so sections never share a session.
        path = request.script_name.rstrip('/') or '/'
        if data:
            response.set_cookie(self.cookie_name, self.dumps(data), path=path, httponly=True)
        elif request.get_cookie(self.cookie_name) is not None:
            response.delete_cookie(self.cookie_name, path=path, httponly=True)
