"""Mutant session_shared_logout_clears: one session for the whole site, and /logout clears all of it"""

from mutants.kit import Edit, build

RULES = ['all.9']
BREAKS = ("one session for every section, and logging out clears it all (Express cookie-session's req.session = "
          "null, Rails' reset_session, Django's logout() flushing the session): a flash waiting elsewhere is lost")

SHARED = "app.config['SESSION_COOKIE_PATH'] = '/'\n"
EDITS = (
    Edit("sessions", replace={"    session.pop('username', None)": "    session.clear()"}, append=SHARED),
    # The flashing section signs with the sessions section's key: one session, one cookie, one key.
    Edit("flashing", append=SHARED + "import sys\napp.secret_key = sys.modules['mutant_sessions'].app.secret_key"),
)

app, spec_python_api = build(*EDITS)
