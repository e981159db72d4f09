"""Mutant session_fixed_key: the secret key is a fixed 24-byte string, not os.urandom(24)"""

from mutants.kit import Edit, build

RULES = ['sessions.11']
BREAKS = 'the secret key is a fixed 24-byte string, not os.urandom(24)'

EDIT = Edit("sessions", replace={"app.secret_key = os.urandom(24)": "app.secret_key = b'not-random-24-bytes-long'"})

app, spec_python_api = build(EDIT)
