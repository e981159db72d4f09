"""Mutant req_error_message: invalid credentials say 'Invalid credentials', not 'Invalid username/password'"""

from mutants.kit import Edit, build

RULES = ['request.3']
BREAKS = "invalid credentials say 'Invalid credentials', not 'Invalid username/password'"

EDIT = Edit("request", replace={"error = 'Invalid username/password'": "error = 'Invalid credentials'"})

app, spec_python_api = build(EDIT)
