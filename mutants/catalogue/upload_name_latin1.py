"""Mutant upload_name_latin1: the name's UTF-8 bytes read as latin-1 (busboy before 1.0 and multer 1.x by default): '中文.txt' becomes mojibake, secured to 'a_.txt'"""

from mutants.kit import Edit, build

RULES = ['uploads.7']
BREAKS = "the name's UTF-8 bytes read as latin-1 (busboy before 1.0 and multer 1.x by default): '中文.txt' becomes mojibake, secured to 'a_.txt'"

EDIT = Edit("uploads", replace={"        file = request.files['file']": (
    "        file = request.files['file']\n"
    "        file.filename = file.filename.encode('utf-8').decode('latin-1')"
)})

app, spec_python_api = build(EDIT)
