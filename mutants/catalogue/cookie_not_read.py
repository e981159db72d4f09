"""Mutant cookie_not_read: the index reads request.args instead of request.cookies"""

from mutants.kit import Edit, build

RULES = ['cookies.2']
BREAKS = 'the index reads request.args instead of request.cookies'

EDIT = Edit("cookies", replace={"request.cookies.get('username')": "request.args.get('username')"})

app, spec_python_api = build(EDIT)
