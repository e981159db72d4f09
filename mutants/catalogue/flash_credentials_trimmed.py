"""Mutant flash_credentials_trimmed: white space around the credentials is trimmed before they are compared (Laravel's TrimStrings middleware, Django forms' strip=True)"""

from mutants.kit import Edit, build

RULES = ['flashing.5']
BREAKS = "white space around the credentials is trimmed before they are compared (Laravel's TrimStrings middleware, Django forms' strip=True)"

EDIT = Edit("flashing", replace={"if request.form['username'] != 'admin' or request.form['password'] != '123':": "if request.form['username'].strip() != 'admin' or request.form['password'].strip() != '123':"})

app, spec_python_api = build(EDIT)
