"""Mutant upload_traversal_403: a file name holding '..' is refused with 403 Forbidden, not 404"""

from mutants.kit import Edit, build

RULES = ['uploads.11']
BREAKS = (
    "a file URL that names '..' answered 403 Forbidden (Bottle's static_file for a path outside its root, "
    "Express's send with a root, nginx), not 404"
)

EDIT = Edit("uploads", replace={"return send_from_directory(app.config['UPLOAD_FOLDER'], filename)": (
    "if '..' in filename:\n"
    "        abort(403)\n"
    "    return send_from_directory(app.config['UPLOAD_FOLDER'], filename)"
)})

app, spec_python_api = build(EDIT)
