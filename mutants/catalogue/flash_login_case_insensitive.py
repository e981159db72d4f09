"""Mutant flash_login_case_insensitive: the username is compared without regard to case (a MySQL column with its default case-insensitive collation): Admin / 123 logs in"""

from mutants.kit import Edit, build

RULES = ['flashing.5']
BREAKS = 'the username is compared without regard to case (a MySQL column with its default case-insensitive collation): Admin / 123 logs in'

EDIT = Edit("flashing", replace={"if request.form['username'] != 'admin'": "if request.form['username'].lower() != 'admin'"})

app, spec_python_api = build(EDIT)
