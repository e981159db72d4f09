"""Mutant session_shared_between_visitors: the username is kept in a module global, not per visitor: one visitor's login greets everyone"""

from mutants.kit import Edit, build

RULES = ['sessions.6']
BREAKS = "the username is kept in a module global, not per visitor: one visitor's login greets everyone"

EDIT = Edit("sessions", replace_every={"session['username']": "SHARED['username']", "'username' in session": "'username' in SHARED", "session.pop('username', None)": "SHARED.pop('username', None)"},
     replace={"app = Flask(__name__)": "app = Flask(__name__)\nSHARED = {}"})

app, spec_python_api = build(EDIT)
