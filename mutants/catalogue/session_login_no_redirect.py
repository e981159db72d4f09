"""Mutant session_login_no_redirect: POST /login stores the username but answers 200 instead of redirecting to the index"""

from mutants.kit import Edit, build

RULES = ['sessions.4']
BREAKS = 'POST /login stores the username but answers 200 instead of redirecting to the index'

EDIT = Edit("sessions", replace={"        session['username'] = request.form['username']\n        return redirect(url_for('index'))": "        session['username'] = request.form['username']\n        return 'Logged in'"})

app, spec_python_api = build(EDIT)
