"""Mutant session_greets_raw_cookie_name: a logged-in visitor is greeted by the name in a raw 'username' cookie"""

from mutants.kit import Edit, build

RULES = ['sessions.9']
BREAKS = ("the session says who is logged in, a raw 'username' cookie what to call them (a display-name or "
          "'remember me' cookie beside the session, as PHP tutorials keep one): the visitor can change it")

EDIT = Edit("sessions", replace={"        return '你好, %s' % escape(session['username'])": (
    "        return '你好, %s' % escape(request.cookies.get('username', session['username']))"
)})

app, spec_python_api = build(EDIT)
