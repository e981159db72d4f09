"""Mutant err_unauthorized_redirects: the unauthorised request is redirected to a sign-in page (Spring Security, Devise's authenticate_user!, ASP.NET Core cookie auth's Challenge), not answered 401"""

from mutants.kit import Edit, build

RULES = ['redirects.2']
BREAKS = "the unauthorised request is redirected to a sign-in page (Spring Security, Devise's authenticate_user!, ASP.NET Core cookie auth's Challenge), not answered 401"

EDIT = Edit("redirects", replace={"    abort(401)\n": "    return redirect(url_for('index'))\n"})

app, spec_python_api = build(EDIT)
