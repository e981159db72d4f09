"""Mutant session_server_side: the session is kept on the server; the cookie holds only an id"""

from mutants.kit import Edit, build

RULES = ['sessions.7']
BREAKS = ("the session is kept on the server and the cookie holds a random id (PHP's PHPSESSID, Django's default "
          "database backend, express-session, Spring's JSESSIONID): the visitor cannot read it")

EDIT = Edit("sessions", append="""
import secrets

from flask.sessions import SecureCookieSession, SessionInterface

STORE = {}


class ServerSideSessionInterface(SessionInterface):
    def open_session(self, app, request):
        return SecureCookieSession(STORE.get(request.cookies.get('session'), {}))

    def save_session(self, app, session, response):
        if not session.modified:
            return
        path = self.get_cookie_path(app)
        if not session:
            response.delete_cookie('session', path=path, httponly=True)
            return
        sid = secrets.token_urlsafe(24)
        STORE[sid] = dict(session)
        response.set_cookie('session', sid, path=path, httponly=True)


app.session_interface = ServerSideSessionInterface()
""")

app, spec_python_api = build(EDIT)
