"""Mutant upload_urlencoded_415: a form that is not multipart/form-data is refused with 415 (Spring's consumes = MULTIPART_FORM_DATA), not 400"""

from mutants.kit import Edit, build

RULES = ['uploads.12']
BREAKS = "a form that is not multipart/form-data is refused with 415 (Spring's consumes = MULTIPART_FORM_DATA), not 400"

EDIT = Edit("uploads", replace={"        if 'file' not in request.files:": (
    "        if request.mimetype != 'multipart/form-data':\n"
    "            abort(415)\n"
    "        if 'file' not in request.files:"
)})

app, spec_python_api = build(EDIT)
