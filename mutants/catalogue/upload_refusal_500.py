"""Mutant upload_refusal_500: a refused file falls off the end of the view, as the document's code does: 500, not 400"""

from mutants.kit import Edit, build

RULES = ['uploads.5', 'uploads.12']
BREAKS = "a refused file falls off the end of the view, as the document's code does: 500, not 400"

EDIT = Edit("uploads", replace={
    "            abort(400, 'No file was chosen.')": "            return None",
    "        abort(400, 'Only these file types are accepted: %s' % ', '.join(sorted(ALLOWED_EXTENSIONS)))": "        return None",
})

app, spec_python_api = build(EDIT)
