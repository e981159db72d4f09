"""Mutant upload_name_regex_sanitised: the name made safe by hand, preg_replace('/[^A-Za-z0-9_.-]/', '_', basename($name)) (PHP tutorials): '.pdf' stays a dotfile, '中文.txt' becomes '__.txt'"""

from mutants.kit import Edit, build

RULES = ['uploads.7']
BREAKS = "the name made safe by hand, preg_replace('/[^A-Za-z0-9_.-]/', '_', basename($name)) (PHP tutorials): '.pdf' stays a dotfile, '中文.txt' becomes '__.txt'"

EDIT = Edit("uploads", replace={"filename = secure_filename(file.filename)": "filename = __import__('re').sub(r'[^A-Za-z0-9_.-]', '_', os.path.basename(file.filename))"})

app, spec_python_api = build(EDIT)
