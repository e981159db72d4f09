"""Mutant session_logout_wrong_path: /logout deletes the session cookie at Path=/, not where the browser holds it"""

from mutants.kit import Edit, build

RULES = ['sessions.5']
BREAKS = ("/logout clears the cookie without its Path (Express res.clearCookie('session'), PHP setcookie with "
          "no path): the browser keeps the one set at /sessions, and the visitor stays logged in")

EDIT = Edit("sessions", replace={
    "    session.pop('username', None)\n    return redirect(url_for('index'))": (
        "    from flask import make_response\n"
        "    resp = make_response(redirect(url_for('index')))\n"
        "    resp.delete_cookie('session')\n"
        "    return resp"
    ),
})

app, spec_python_api = build(EDIT)
