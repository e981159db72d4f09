"""Mutant session_short_key: the secret key is os.urandom(16), not 24 bytes"""

from mutants.kit import Edit, build

RULES = ['sessions.11']
BREAKS = 'the secret key is os.urandom(16), not 24 bytes'

EDIT = Edit("sessions", replace={"os.urandom(24)": "os.urandom(16)"})

app, spec_python_api = build(EDIT)
