"""Mutant upload_ext_endswith_no_dot: the name checked with endswith(extension), the dot left out (Java's endsWith("pdf")): 'scan-pdf' is accepted"""

from mutants.kit import Edit, build

RULES = ['uploads.5']
BREAKS = 'the name checked with endswith(extension), the dot left out (Java\'s endsWith("pdf")): \'scan-pdf\' is accepted'

EDIT = Edit("uploads", replace={"return '.' in filename and filename.rsplit('.', 1)[1] in ALLOWED_EXTENSIONS": "return filename.endswith(tuple(ALLOWED_EXTENSIONS))"})

app, spec_python_api = build(EDIT)
