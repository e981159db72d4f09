"""Mutant session_express_sig_optional: Express's two-cookie session, checked only when session.sig is sent"""

from mutants.equivalents._session_express import express_edit
from mutants.kit import build

RULES = ['sessions.8']
BREAKS = ("the session in Express's cookie-session form, its signature checked only when a session.sig cookie is "
          "sent (cookies' get() with signed: true returns the value when the .sig cookie is missing in a hand port)")

EDIT = express_edit({
    "        return signature is not None and hmac.compare_digest(signature, self.sign(app, value))":
        "        return signature is None or hmac.compare_digest(signature, self.sign(app, value))",
})

app, spec_python_api = build(EDIT)
