"""Mutant upload_basename_only: the name reduced to its last path segment and used as is (PHP's basename(), busboy's default, Go's FileHeader.Filename): '../../../etc/passwd.txt' is saved as passwd.txt, 'my file.txt' keeps its space"""

from mutants.kit import Edit, build

RULES = ['uploads.7']
BREAKS = "the name reduced to its last path segment and used as is (PHP's basename(), busboy's default, Go's FileHeader.Filename): '../../../etc/passwd.txt' is saved as passwd.txt, 'my file.txt' keeps its space"

EDIT = Edit("uploads", replace={"filename = secure_filename(file.filename)": "filename = os.path.basename(file.filename)"})

app, spec_python_api = build(EDIT)
