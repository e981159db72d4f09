"""Mutant cookie_encrypted: every cookie is encrypted, as Laravel's EncryptCookies middleware does by default"""

from mutants.kit import Edit, build

RULES = ['cookies.1', 'cookies.2']
BREAKS = ("every cookie is encrypted with the app's key (Laravel's EncryptCookies middleware, Rails cookies.encrypted, "
          "ASP.NET Core data protection): /store's value is not 'the username', and a cookie the browser set is not read")

EDIT = Edit("cookies", replace={
    "username = request.cookies.get('username')": "username = decrypt(request.cookies.get('username'))",
    "resp.set_cookie('username', 'the username')": "resp.set_cookie('username', encrypt('the username'))",
}, append="""
import base64
import hashlib
import hmac
import os

KEY = os.urandom(32)


def _stream(nonce, size):
    blocks = (hashlib.sha256(KEY + nonce + n.to_bytes(4, 'big')).digest() for n in range(size // 32 + 1))
    return b''.join(blocks)[:size]


def encrypt(text):
    nonce, data = os.urandom(16), text.encode()
    sealed = bytes(a ^ b for a, b in zip(data, _stream(nonce, len(data))))
    tag = hmac.new(KEY, nonce + sealed, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(nonce + tag + sealed).decode()


def decrypt(value):
    try:
        raw = base64.urlsafe_b64decode(value or '')
    except ValueError:
        return None
    nonce, tag, sealed = raw[:16], raw[16:48], raw[48:]
    if len(raw) < 48 or not hmac.compare_digest(tag, hmac.new(KEY, nonce + sealed, hashlib.sha256).digest()):
        return None
    return bytes(a ^ b for a, b in zip(sealed, _stream(nonce, len(sealed)))).decode()
""")

app, spec_python_api = build(EDIT)
