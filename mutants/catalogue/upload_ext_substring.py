"""Mutant upload_ext_substring: the allowed extensions kept as one string, so 'in' finds substrings (PHP's strpos, JS's includes on a string): 'notes.' (an empty extension) is accepted"""

from mutants.kit import Edit, build

RULES = ['uploads.5']
BREAKS = "the allowed extensions kept as one string, so 'in' finds substrings (PHP's strpos, JS's includes on a string): 'notes.' (an empty extension) is accepted"

EDIT = Edit("uploads", replace={"ALLOWED_EXTENSIONS = set(['txt', 'pdf', 'png', 'jpg', 'jpeg', 'gif'])": "ALLOWED_EXTENSIONS = 'txt pdf png jpg jpeg gif'"})

app, spec_python_api = build(EDIT)
