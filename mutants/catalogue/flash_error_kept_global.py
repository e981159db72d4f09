"""Mutant flash_error_kept_global: the error lives outside the request (a module global, a Go package variable): once a login fails, every later form shows it"""

from mutants.kit import Edit, build

RULES = ['flashing.3']
BREAKS = 'the error lives outside the request (a module global, a Go package variable): once a login fails, every later form shows it'

EDIT = Edit(
    "flashing",
    replace={"    error = None\n    if request.method == 'POST':": "    global error\n    if request.method == 'POST':"},
    append="error = None",
)

app, spec_python_api = build(EDIT)
