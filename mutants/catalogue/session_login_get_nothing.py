"""Mutant session_login_get_nothing: GET /login answers nothing, as the document's view does"""

from mutants.kit import Edit, build

RULES = ['sessions.3']
BREAKS = ("GET /login returns nothing, as the document's code (Flask: a 500 for a view that returns None; Express "
          "res.end(), Go's empty handler: an empty 200 with no form)")

EDIT = Edit("sessions", replace={"    return render_template('session_login.html')": "    return None"})

app, spec_python_api = build(EDIT)
