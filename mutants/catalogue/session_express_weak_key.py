"""Mutant session_express_weak_key: Express's two-cookie session signed with the key 'keyboard cat'"""

from mutants.equivalents._session_express import express_edit
from mutants.kit import build

RULES = ['sessions.8', 'sessions.11']
BREAKS = ("the session in Express's cookie-session form, signed with 'keyboard cat', the secret of the "
          "express-session README copied into an app: anyone can sign a session of their own")

EDIT = express_edit(append="\napp.secret_key = b'keyboard cat'\n")

app, spec_python_api = build(EDIT)
