"""Mutant upload_refusal_page_200: a refused file answers 200 with a page saying so (PHP's w3schools 'Sorry, only JPG, JPEG, PNG & GIF files are allowed', a Django form shown again), not a 4xx"""

from mutants.kit import Edit, build

RULES = ['uploads.5', 'uploads.12']
BREAKS = "a refused file answers 200 with a page saying so (PHP's w3schools 'Sorry, only JPG, JPEG, PNG & GIF files are allowed', a Django form shown again), not a 4xx"

EDIT = Edit("uploads", replace={"        abort(400, 'Only these file types are accepted: %s' % ', '.join(sorted(ALLOWED_EXTENSIONS)))": "        return 'Sorry, only these file types are allowed: txt pdf png jpg jpeg gif'"})

app, spec_python_api = build(EDIT)
