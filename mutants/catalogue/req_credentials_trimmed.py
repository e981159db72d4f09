"""Mutant req_credentials_trimmed: white space around the credentials is trimmed before they are compared (Laravel's TrimStrings middleware, Django forms' strip=True, Spring's StringTrimmerEditor)"""

from mutants.kit import Edit, build

RULES = ['request.3']
BREAKS = "white space around the credentials is trimmed before they are compared (Laravel's TrimStrings middleware, Django forms' strip=True, Spring's StringTrimmerEditor)"

EDIT = Edit("request", replace={"username == 'admin' and password == '123'": "username.strip() == 'admin' and password.strip() == '123'"})

app, spec_python_api = build(EDIT)
