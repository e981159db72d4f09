"""Mutant session_express_sig_not_httponly: Express's two-cookie session, its session.sig cookie not HttpOnly"""

from mutants.equivalents._session_express import express_edit
from mutants.kit import build

RULES = ['sessions.10']
BREAKS = ("the session in Express's cookie-session form, session.sig written by a hand port with res.cookie(), "
          "whose httpOnly is false by default: scripts in the page can read it")

EDIT = express_edit({
    "        response.set_cookie(self.name + '.sig', self.sign(app, value), path='/', httponly=True)":
        "        response.set_cookie(self.name + '.sig', self.sign(app, value), path='/')",
})

app, spec_python_api = build(EDIT)
