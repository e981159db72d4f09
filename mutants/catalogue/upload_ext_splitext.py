"""Mutant upload_ext_splitext: the extension read with os.path.splitext (Node's path.extname does the same): a name with a leading dot, '.pdf', has none and is refused"""

from mutants.kit import Edit, build

RULES = ['uploads.4', 'uploads.7']
BREAKS = "the extension read with os.path.splitext (Node's path.extname does the same): a name with a leading dot, '.pdf', has none and is refused"

EDIT = Edit("uploads", replace={"return '.' in filename and filename.rsplit('.', 1)[1] in ALLOWED_EXTENSIONS": "return os.path.splitext(filename)[1][1:] in ALLOWED_EXTENSIONS"})

app, spec_python_api = build(EDIT)
