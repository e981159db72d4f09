"""Mutant method_put_needs_board: PUT updates only a board that exists, 404 otherwise (Rails' find in update, Django's get_object_or_404 in an UpdateView)"""

from mutants.kit import Edit, build

RULES = ['methods.5']
BREAKS = "PUT updates only a board that exists, 404 otherwise (Rails' find in update, Django's get_object_or_404 in an UpdateView)"

EDIT = Edit("methods", replace={"    if request.method == 'PUT':\n": "    if request.method == 'PUT':\n        if name not in boards:\n            abort(404)\n"})

app, spec_python_api = build(EDIT)
