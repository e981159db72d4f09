"""Mutant upload_ext_split_pop: the extension is the last piece of name.split('.') with no check for a dot (JS's split('.').pop(), PHP's end(explode('.', ...))): a name that is only 'gif' is accepted"""

from mutants.kit import Edit, build

RULES = ['uploads.5']
BREAKS = "the extension is the last piece of name.split('.') with no check for a dot (JS's split('.').pop(), PHP's end(explode('.', ...))): a name that is only 'gif' is accepted"

EDIT = Edit("uploads", replace={"return '.' in filename and filename.rsplit('.', 1)[1] in ALLOWED_EXTENSIONS": "return filename.split('.')[-1] in ALLOWED_EXTENSIONS"})

app, spec_python_api = build(EDIT)
