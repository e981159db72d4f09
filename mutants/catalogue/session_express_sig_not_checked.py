"""Mutant session_express_sig_not_checked: Express's two-cookie session, with the signature never checked"""

from mutants.equivalents._session_express import express_edit
from mutants.kit import build

RULES = ['sessions.8']
BREAKS = ("the session in Express's cookie-session form (session + session.sig), read without checking "
          "session.sig (cookie-session with no keys, or a hand port that only writes the signature)")

EDIT = express_edit({
    "        if not value or not self.verified(app, value, request.cookies.get(self.name + '.sig')):":
        "        if not value:",
})

app, spec_python_api = build(EDIT)
