"""Mutant upload_ext_case_insensitive: allowed_file lowercases the extension: photo.PNG is accepted"""

from mutants.kit import Edit, build

RULES = ['uploads.5']
BREAKS = 'allowed_file lowercases the extension: photo.PNG is accepted'

EDIT = Edit("uploads", replace={"filename.rsplit('.', 1)[1] in": "filename.rsplit('.', 1)[1].lower() in"})

app, spec_python_api = build(EDIT)
