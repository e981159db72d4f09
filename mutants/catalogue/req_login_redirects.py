"""Mutant req_login_redirects: a successful login redirects to a page that greets the user (Rails' redirect_to, Django's LoginView, Laravel's redirect()->intended()): 302, not the page"""

from mutants.kit import Edit, build

RULES = ['request.2']
BREAKS = "a successful login redirects to a page that greets the user (Rails' redirect_to, Django's LoginView, Laravel's redirect()->intended()): 302, not the page"

EDIT = Edit("request", replace={"            return log_the_user_in(request.form['username'])": "            return redirect(url_for('welcome', username=request.form['username']))"}, append="""
from flask import redirect, url_for


@app.route('/welcome')
def welcome():
    return log_the_user_in(request.args['username'])
""")

app, spec_python_api = build(EDIT)
