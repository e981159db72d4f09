"""Mutant session_username_stripped: the username is stored with the white space around it stripped"""

from mutants.kit import Edit, build

RULES = ['sessions.4']
BREAKS = ("the username is stored stripped (Django forms' CharField strip=True by default, Spring's "
          "StringTrimmerEditor, Rails' strip_attributes): not the form's username as sent")

EDIT = Edit("sessions", replace={"session['username'] = request.form['username']": (
    "session['username'] = request.form['username'].strip()"
)})

app, spec_python_api = build(EDIT)
