"""Mutant upload_refusal_422: a refused file answers 422 Unprocessable Entity (Rails' render status: :unprocessable_entity), not 400"""

from mutants.kit import Edit, build

RULES = ['uploads.12']
BREAKS = "a refused file answers 422 Unprocessable Entity (Rails' render status: :unprocessable_entity), not 400"

EDIT = Edit("uploads", replace={"        abort(400, 'Only these file types are accepted: %s' % ', '.join(sorted(ALLOWED_EXTENSIONS)))": "        abort(422)"})

app, spec_python_api = build(EDIT)
