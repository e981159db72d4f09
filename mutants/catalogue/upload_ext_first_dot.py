"""Mutant upload_ext_first_dot: allowed_file reads the extension after the first dot: notes.txt.exe is accepted"""

from mutants.kit import Edit, build

RULES = ['uploads.5']
BREAKS = 'allowed_file reads the extension after the first dot: notes.txt.exe is accepted'

EDIT = Edit("uploads", replace={"filename.rsplit('.', 1)[1] in": "filename.split('.')[1] in"})

app, spec_python_api = build(EDIT)
