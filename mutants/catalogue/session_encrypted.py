"""Mutant session_encrypted: the session cookie is encrypted, as Rails' cookie store is by default"""

from mutants.kit import Edit, build

RULES = ['sessions.7']
BREAKS = ("the session payload is encrypted before it is signed (Rails' encrypted cookie store, ASP.NET Core data "
          "protection, Laravel's encrypted cookie sessions): the visitor cannot read it")

EDIT = Edit("sessions", append="""
import hashlib
import json

from flask.sessions import SecureCookieSessionInterface

KEY = os.urandom(32)


def _xor(data):
    stream = b''.join(hashlib.sha256(KEY + n.to_bytes(4, 'big')).digest() for n in range(len(data) // 32 + 1))
    return bytes(a ^ b for a, b in zip(data, stream))


class EncryptingSerializer:
    def dumps(self, value):
        return _xor(json.dumps(dict(value)).encode())

    def loads(self, data):
        return json.loads(_xor(data))


class EncryptedSessionInterface(SecureCookieSessionInterface):
    serializer = EncryptingSerializer()


app.session_interface = EncryptedSessionInterface()
""")

app, spec_python_api = build(EDIT)
