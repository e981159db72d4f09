"""Mutant err_redirect_303: the redirect is a 303 (Bottle's redirect() over HTTP/1.1, Go's http.StatusSeeOther in examples), not redirect()'s 302"""

from mutants.kit import Edit, build

RULES = ['redirects.4']
BREAKS = "the redirect is a 303 (Bottle's redirect() over HTTP/1.1, Go's http.StatusSeeOther in examples), not redirect()'s 302"

EDIT = Edit("redirects", replace={"    return redirect(url_for('login'))": "    return redirect(url_for('login'), 303)"})

app, spec_python_api = build(EDIT)
