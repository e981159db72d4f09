"""Mutant min_status_line: the app's WSGI status line is '200 HELLO', not the standard '200 OK' (HTTP status code unchanged)"""

from mutants.kit import Edit, build

RULES = ['minimal.6']
BREAKS = "the app's WSGI status line is '200 HELLO', not the standard '200 OK' (HTTP status code unchanged)"

EDIT = Edit("minimal", replace={"return 'Hello World!'": "return 'Hello World!', '200 HELLO'"})

app, spec_python_api = build(EDIT)
