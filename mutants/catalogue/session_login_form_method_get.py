"""Mutant session_login_form_method_get: the login form has no method, so a browser sends it by GET"""

from mutants.kit import Edit, build

RULES = ['sessions.3']
BREAKS = "the login form is written <form> without method=post: a browser sends it by GET, as a query string"

EDIT = Edit("sessions", templates={"session_login.html": {'<form method="post">': "<form>"}})

app, spec_python_api = build(EDIT)
