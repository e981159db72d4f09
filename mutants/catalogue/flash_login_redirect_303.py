"""Mutant flash_login_redirect_303: the login redirects with 303 (Bottle's redirect() over HTTP/1.1, Express's res.redirect(303, ...) in PRG guides, Go's http.StatusSeeOther)"""

from mutants.kit import Edit, build

RULES = ['flashing.8']
BREAKS = "the login redirects with 303 (Bottle's redirect() over HTTP/1.1, Express's res.redirect(303, ...) in PRG guides, Go's http.StatusSeeOther)"

EDIT = Edit("flashing", replace={"            return redirect(url_for('index'))": "            return redirect(url_for('index'), 303)"})

app, spec_python_api = build(EDIT)
