"""Mutant flash_login_redirect_307: the login redirects with 307 (Go's http.StatusTemporaryRedirect, ASP.NET Core's RedirectPreserveMethod): the browser POSTs the form again to the index"""

from mutants.kit import Edit, build

RULES = ['flashing.4']
BREAKS = "the login redirects with 307 (Go's http.StatusTemporaryRedirect, ASP.NET Core's RedirectPreserveMethod): the browser POSTs the form again to the index"

EDIT = Edit("flashing", replace={"            return redirect(url_for('index'))": "            return redirect(url_for('index'), 307)"})

app, spec_python_api = build(EDIT)
