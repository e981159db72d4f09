"""Mutant upload_form_field_avatar: the form's file input is named 'avatar' (multer's README), while the view reads request.files['file']"""

from mutants.kit import Edit, build

RULES = ['uploads.1']
BREAKS = "the form's file input is named 'avatar' (multer's README), while the view reads request.files['file']"

EDIT = Edit("uploads", templates={"upload.html": {'name="file"': 'name="avatar"'}})

app, spec_python_api = build(EDIT)
