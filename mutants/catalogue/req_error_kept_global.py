"""Mutant req_error_kept_global: the error lives outside the request (a module global in a Python port, a package variable in Go, a closure variable in Express): once a login fails, every later form shows it"""

from mutants.kit import Edit, build

RULES = ['request.1']
BREAKS = 'the error lives outside the request (a module global in a Python port, a package variable in Go, a closure variable in Express): once a login fails, every later form shows it'

EDIT = Edit(
    "request",
    replace={"    error = None\n    if request.method == 'POST':": "    global error\n    if request.method == 'POST':"},
    append="error = None",
)

app, spec_python_api = build(EDIT)
