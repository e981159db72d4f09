"""Mutant upload_check_after_secure: the extension is checked on secure_filename's output, not the name as sent: 中文.txt (secured to 'txt') is refused"""

from mutants.kit import Edit, build

RULES = ['uploads.6', 'uploads.7']
BREAKS = "the extension is checked on secure_filename's output, not the name as sent: 中文.txt (secured to 'txt') is refused, photo.ｐｎｇ (secured to photo.png) accepted"

EDIT = Edit("uploads", replace={"if file and allowed_file(file.filename):": "if file and allowed_file(secure_filename(file.filename)):"})

app, spec_python_api = build(EDIT)
