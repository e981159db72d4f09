"""Mutant upload_missing_part_500: a request without the file part is a server error, 500 (Django's request.FILES['file'] raises MultiValueDictKeyError, Express's req.file.originalname a TypeError)"""

from mutants.kit import Edit, build

RULES = ['uploads.2', 'uploads.3', 'uploads.12']
BREAKS = "a request without the file part is a server error, 500 (Django's request.FILES['file'] raises MultiValueDictKeyError, Express's req.file.originalname a TypeError)"

EDIT = Edit("uploads", replace={'            abort(400, \'No file part: was the form sent as multipart/form-data, with the file in the field "file"?\')': "            raise KeyError('file')"})

app, spec_python_api = build(EDIT)
