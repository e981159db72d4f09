"""Mutant method_post_missing_stored_empty: a POST without message stores an empty message (request.form.get('message', ''), PHP $_POST['message'] ?? '', Express req.body.message || '')"""

from mutants.kit import Edit, build

RULES = ['methods.7']
BREAKS = "a POST without message stores an empty message (request.form.get('message', ''), PHP $_POST['message'] ?? '', Express req.body.message || '')"

EDIT = Edit("methods", replace={"        message = request.form['message']": "        message = request.form.get('message', '')"})

app, spec_python_api = build(EDIT)
