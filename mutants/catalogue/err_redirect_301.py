"""Mutant err_redirect_301: the index redirects to the login page with 301, not redirect()'s 302"""

from mutants.kit import Edit, build

RULES = ['redirects.4']
BREAKS = "the index redirects to the login page with 301, not redirect()'s 302"

EDIT = Edit("redirects", replace={"return redirect(url_for('login'))": "return redirect(url_for('login'), 301)"})

app, spec_python_api = build(EDIT)
