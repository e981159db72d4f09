"""Mutant session_index_requires_login: a visitor who has not logged in is redirected to the login page"""

from mutants.kit import Edit, build

RULES = ['sessions.1']
BREAKS = ("the index sends a visitor who has not logged in to the login page (Django's @login_required, Rails' "
          "before_action :authenticate_user!, Spring Security, ASP.NET Core [Authorize]) instead of asking on the page")

EDIT = Edit("sessions", replace={"    return '请先进行登陆'": "    return redirect(url_for('login'))"})

app, spec_python_api = build(EDIT)
