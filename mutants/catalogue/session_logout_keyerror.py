"""Mutant session_logout_keyerror: /logout deletes the username without a default: an error when there is none"""

from mutants.kit import Edit, build

RULES = ['sessions.5']
BREAKS = ("/logout does del session['username'] (Django's del request.session['username'], the document's "
          "pop without its None): a visitor who is not logged in gets a 500")

EDIT = Edit("sessions", replace={"    session.pop('username', None)": "    del session['username']"})

app, spec_python_api = build(EDIT)
