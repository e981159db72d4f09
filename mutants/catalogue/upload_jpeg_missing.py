"""Mutant upload_jpeg_missing: 'jpeg' left out of the allowed extensions (lists that keep only 'jpg'): photo.jpeg is refused"""

from mutants.kit import Edit, build

RULES = ['uploads.4']
BREAKS = "'jpeg' left out of the allowed extensions (lists that keep only 'jpg'): photo.jpeg is refused"

EDIT = Edit("uploads", replace={"'jpg', 'jpeg', 'gif'": "'jpg', 'gif'"})

app, spec_python_api = build(EDIT)
