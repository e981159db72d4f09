"""Mutant req_refused_401: a refused login answers 401 (Spring Security, Django REST framework, ASP.NET Core's Unauthorized())"""

from mutants.kit import Edit, build

RULES = ['request.3']
BREAKS = "a refused login answers 401 (Spring Security, Django REST framework, ASP.NET Core's Unauthorized())"

EDIT = Edit("request", replace={"    return render_template('login.html', error=error)": "    return render_template('login.html', error=error), 401 if error else 200"})

app, spec_python_api = build(EDIT)
