"""Mutant upload_no_enctype: the upload form has no enctype=multipart/form-data"""

from mutants.kit import Edit, build

RULES = ['uploads.1']
BREAKS = 'the upload form has no enctype=multipart/form-data'

EDIT = Edit("uploads", templates={"upload.html": {' enctype="multipart/form-data"': ""}})

app, spec_python_api = build(EDIT)
