"""Mutant session_shared_login_resets: one session for the whole site, and logging in starts it afresh"""

from mutants.kit import Edit, build

RULES = ['all.9']
BREAKS = ("one session for every section, and logging in resets it against session fixation (Rails' "
          "reset_session, as its security guide advises; session.clear() before the login): a waiting flash is lost")

SHARED = "app.config['SESSION_COOKIE_PATH'] = '/'\n"
EDITS = (
    Edit("sessions", replace={"        session['username'] = request.form['username']": (
        "        session.clear()\n        session['username'] = request.form['username']"
    )}, append=SHARED),
    # The flashing section signs with the sessions section's key: one session, one cookie, one key.
    Edit("flashing", append=SHARED + "import sys\napp.secret_key = sys.modules['mutant_sessions'].app.secret_key"),
)

app, spec_python_api = build(*EDITS)
