"""Mutant upload_django_valid_filename: the name made safe with Django's get_valid_filename (spaces to _, non-word characters dropped, Unicode letters kept): '中文.txt' is saved as is"""

from mutants.kit import Edit, build

RULES = ['uploads.7']
BREAKS = "the name made safe with Django's get_valid_filename (spaces to _, non-word characters dropped, Unicode letters kept): '中文.txt' is saved as is"

EDIT = Edit("uploads", replace={"filename = secure_filename(file.filename)": "filename = __import__('re').sub(r'(?u)[^-\\w.]', '', str(file.filename).strip().replace(' ', '_'))"})

app, spec_python_api = build(EDIT)
