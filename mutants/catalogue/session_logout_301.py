"""Mutant session_logout_301: /logout redirects with 301, which a browser caches: a later logout never reaches the server"""

from mutants.kit import Edit, build

RULES = ['sessions.5']
BREAKS = ("/logout redirects with 301 (Django redirect(..., permanent=True), Express res.redirect(301, ...), a "
          "'permanent' redirect in Rails routes): browsers cache it, so a later logout never reaches the server")

EDIT = Edit("sessions", replace={
    "    session.pop('username', None)\n    return redirect(url_for('index'))": (
        "    session.pop('username', None)\n    return redirect(url_for('index'), 301)"
    ),
})

app, spec_python_api = build(EDIT)
