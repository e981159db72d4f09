"""Mutant err_redirect_307: the redirect is a 307 (Go's http.StatusTemporaryRedirect, common in Go tutorials; ASP.NET Core's RedirectPreserveMethod), not redirect()'s 302"""

from mutants.kit import Edit, build

RULES = ['redirects.4']
BREAKS = "the redirect is a 307 (Go's http.StatusTemporaryRedirect, common in Go tutorials; ASP.NET Core's RedirectPreserveMethod), not redirect()'s 302"

EDIT = Edit("redirects", replace={"    return redirect(url_for('login'))": "    return redirect(url_for('login'), 307)"})

app, spec_python_api = build(EDIT)
