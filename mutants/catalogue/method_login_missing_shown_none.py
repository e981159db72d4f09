"""Mutant method_login_missing_shown_none: a POST without username logs in as None (request.form.get; Express's req.body.username is undefined, PHP's $_POST['username'] ?? '')"""

from mutants.kit import Edit, build

RULES = ['methods.3']
BREAKS = "a POST without username logs in as None (request.form.get; Express's req.body.username is undefined, PHP's $_POST['username'] ?? '')"

EDIT = Edit("methods", replace={"escape(request.form['username'])": "escape(request.form.get('username'))"})

app, spec_python_api = build(EDIT)
