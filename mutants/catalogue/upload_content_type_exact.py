"""Mutant upload_content_type_exact: the request's Content-Type compared with 'multipart/form-data' exactly (Go's Header.Get, Java's equals): its boundary parameter makes every upload refused"""

from mutants.kit import Edit, build

RULES = ['uploads.2', 'uploads.4']
BREAKS = "the request's Content-Type compared with 'multipart/form-data' exactly (Go's Header.Get, Java's equals): its boundary parameter makes every upload refused"

EDIT = Edit("uploads", replace={"        if 'file' not in request.files:": (
    "        if request.headers.get('Content-Type') != 'multipart/form-data':\n"
    "            abort(400, 'Send the form as multipart/form-data.')\n"
    "        if 'file' not in request.files:"
)})

app, spec_python_api = build(EDIT)
