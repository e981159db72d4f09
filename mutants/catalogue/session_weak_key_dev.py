"""Mutant session_weak_key_dev: the secret key is 'dev', as the Flask tutorial writes it"""

from mutants.kit import Edit, build

RULES = ['sessions.8', 'sessions.11']
BREAKS = ("the secret key is the well-known 'dev' (the Flask tutorial's SECRET_KEY='dev', kept in production): "
          "anyone can sign a session of their own")

EDIT = Edit("sessions", replace={"app.secret_key = os.urandom(24)": "app.secret_key = 'dev'"})

app, spec_python_api = build(EDIT)
