"""Mutant upload_missing_200: a file never uploaded answers 200 with an empty body (PHP's @readfile() on a missing file)"""

from mutants.kit import Edit, build

RULES = ['uploads.10']
BREAKS = "a file never uploaded answers 200 with an empty body (PHP's @readfile() on a missing file)"

EDIT = Edit("uploads", replace={"return send_from_directory(app.config['UPLOAD_FOLDER'], filename)": (
    "if not os.path.isfile(os.path.join(app.config['UPLOAD_FOLDER'], filename)):\n"
    "        return ''\n"
    "    return send_from_directory(app.config['UPLOAD_FOLDER'], filename)"
)})

app, spec_python_api = build(EDIT)
