"""Mutant session_cookie_path_root: every section's session cookie is 'session' at Path=/: sections overwrite each other's"""

from mutants.kit import Edit, build

RULES = ['all.9']
BREAKS = ("the sessions and flashing sections both write their own 'session' cookie at Path=/ (Flask's default for "
          "apps mounted side by side, two Express routers each with its own cookie-session): the last to write wins")

EDITS = (
    Edit("sessions", append="app.config['SESSION_COOKIE_PATH'] = '/'"),
    Edit("flashing", append="app.config['SESSION_COOKIE_PATH'] = '/'"),
)

app, spec_python_api = build(*EDITS)
