"""Mutant session_login_redirect_307: the login redirects with 307: the browser posts the form again to the index"""

from mutants.kit import Edit, build

RULES = ['sessions.4']
BREAKS = ("the login redirects with 307, which keeps the method (Go http.StatusTemporaryRedirect, ASP.NET Core "
          "RedirectPreserveMethod, Spring HttpStatus.TEMPORARY_REDIRECT): the browser POSTs to the index (405)")

EDIT = Edit("sessions", replace={
    "        session['username'] = request.form['username']\n        return redirect(url_for('index'))": (
        "        session['username'] = request.form['username']\n        return redirect(url_for('index'), 307)"
    ),
})

app, spec_python_api = build(EDIT)
