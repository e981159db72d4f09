"""Mutant upload_plain_open: send_from_directory() replaced by a plain open(): a missing file or '..' is a server error, not a 404"""

from mutants.kit import Edit, build

RULES = ['uploads.10', 'uploads.11']
BREAKS = "send_from_directory() replaced by a plain open(): a missing file or '..' is a server error, not a 404"

EDIT = Edit("uploads", replace={"return send_from_directory(app.config['UPLOAD_FOLDER'], filename)": (
    "with open(os.path.join(app.config['UPLOAD_FOLDER'], filename), 'rb') as f:\n"
    "        return f.read()"
)})

app, spec_python_api = build(EDIT)
