"""Mutant session_username_lowercased: the username is stored in lower case"""

from mutants.kit import Edit, build

RULES = ['sessions.4']
BREAKS = ("the username is stored in lower case (Devise's case_insensitive_keys, a normalising login form): "
          "'Zhang San' is greeted as 'zhang san'")

EDIT = Edit("sessions", replace={"session['username'] = request.form['username']": (
    "session['username'] = request.form['username'].lower()"
)})

app, spec_python_api = build(EDIT)
