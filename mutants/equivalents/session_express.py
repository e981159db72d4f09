"""Equivalent session_express: the session kept as Express's cookie-session keeps it, in two cookies"""

from mutants.equivalents._session_express import EDIT
from mutants.kit import build

RULES = ['sessions.4', 'sessions.6', 'sessions.7', 'sessions.8', 'sessions.10', 'sessions.11', 'all.9']
ALLOWS = ("the session as Express's cookie-session stores it: 'session' = base64 JSON, 'session.sig' = keygrip's "
          "HMAC-SHA1 of 'session=<value>' in base64url, both HttpOnly at Path=/ (beside the flashing section's own "
          "'session' at /flashing, which the browser sends first there)")

app, spec_python_api = build(EDIT)
