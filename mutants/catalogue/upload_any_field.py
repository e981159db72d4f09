"""Mutant upload_any_field: the view takes the first file sent, whatever its form field, instead of request.files['file']"""

from mutants.kit import Edit, build

RULES = ['uploads.3']
BREAKS = "the view takes the first file sent, whatever its form field, instead of request.files['file']"

EDIT = Edit("uploads", replace={
    "if 'file' not in request.files:": "if not request.files:",
    "file = request.files['file']": "file = next(iter(request.files.values()))",
})

app, spec_python_api = build(EDIT)
