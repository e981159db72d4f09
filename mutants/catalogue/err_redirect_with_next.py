"""Mutant err_redirect_with_next: the redirect to the login page carries ?next= (Django's redirect_to_login, @login_required): /login?next=/ is not /login"""

from mutants.kit import Edit, build

RULES = ['redirects.1']
BREAKS = "the redirect to the login page carries ?next= (Django's redirect_to_login, @login_required): /login?next=/ is not /login"

EDIT = Edit("redirects", replace={"    return redirect(url_for('login'))": "    return redirect(url_for('login', next=request.path))"})

app, spec_python_api = build(EDIT)
