"""Mutant upload_no_secure_filename: secure_filename() skipped: the name as sent is used on the filesystem"""

from mutants.kit import Edit, build

RULES = ['uploads.7', 'uploads.9']
BREAKS = 'secure_filename() skipped: the name as sent is used on the filesystem'

EDIT = Edit("uploads", replace={"filename = secure_filename(file.filename)": "filename = file.filename"})

app, spec_python_api = build(EDIT)
