"""Mutant session_login_without_field: a login without the username field stores an empty name and redirects"""

from mutants.kit import Edit, build

RULES = ['sessions.4']
BREAKS = ("a POST without the username field logs in with an empty name (Go's r.FormValue, PHP's "
          "$_POST['username'] ?? '', Express req.body.username || ''), instead of 400")

EDIT = Edit("sessions", replace={"session['username'] = request.form['username']": (
    "session['username'] = request.form.get('username', '')"
)})

app, spec_python_api = build(EDIT)
