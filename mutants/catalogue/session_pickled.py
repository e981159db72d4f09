"""Mutant session_pickled: the session payload is a pickle, as Bottle's signed cookies are"""

from mutants.kit import Edit, build

RULES = ['sessions.7']
BREAKS = ("the session payload is a signed pickle, not JSON (Bottle's set_cookie(secret=...), Rails' Marshal "
          "cookies before 4.1): no form the contract lists, and reading it means unpickling")

EDIT = Edit("sessions", append="""
import pickle

from flask.sessions import SecureCookieSessionInterface


class PickleSerializer:
    def dumps(self, value):
        return pickle.dumps(dict(value))

    def loads(self, data):
        return pickle.loads(data)


class PickledSessionInterface(SecureCookieSessionInterface):
    serializer = PickleSerializer()


app.session_interface = PickledSessionInterface()
""")

app, spec_python_api = build(EDIT)
