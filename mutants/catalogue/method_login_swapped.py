"""Mutant method_login_swapped: request.method tested the wrong way round: GET tries to log in, POST shows the form"""

from mutants.kit import Edit, build

RULES = ['methods.2', 'methods.3']
BREAKS = 'request.method tested the wrong way round: GET tries to log in, POST shows the form'

EDIT = Edit("methods", replace={"    if request.method == 'POST':\n        return do_the_login()": "    if request.method == 'GET':\n        return do_the_login()"})

app, spec_python_api = build(EDIT)
