"""Mutant upload_ext_by_mimetype: the file's type checked on the Content-Type the browser sent (multer's fileFilter on file.mimetype, PHP's $_FILES['file']['type'], Spring's getContentType()), not on the name: photo.PNG is accepted"""

from mutants.kit import Edit, build

RULES = ['uploads.5']
BREAKS = "the file's type checked on the Content-Type the browser sent (multer's fileFilter on file.mimetype, PHP's $_FILES['file']['type'], Spring's getContentType()), not on the name: photo.PNG is accepted"

EDIT = Edit("uploads", replace={"if file and allowed_file(file.filename):": "if file and file.mimetype in {'text/plain', 'application/pdf', 'image/png', 'image/jpeg', 'image/gif'}:"})

app, spec_python_api = build(EDIT)
