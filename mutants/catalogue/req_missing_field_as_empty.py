"""Mutant req_missing_field_as_empty: a missing field reads as '' (PHP $_POST['x'] ?? '', Express req.body.x undefined, Django request.POST.get): the error page, not 400"""

from mutants.kit import Edit, build

RULES = ['request.4']
BREAKS = "a missing field reads as '' (PHP $_POST['x'] ?? '', Express req.body.x undefined, Django request.POST.get): the error page, not 400"

EDIT = Edit("request", replace_every={"request.form['username']": "request.form.get('username', '')", "request.form['password']": "request.form.get('password', '')"})

app, spec_python_api = build(EDIT)
