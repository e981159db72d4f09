"""Mutant upload_serve_unsafe_join: /uploads/<path:filename> sent by send_file(os.path.join(...)): a URL with .. reads files outside the upload folder"""

from mutants.kit import Edit, build

RULES = ['uploads.11']
BREAKS = '/uploads/<path:filename> sent by send_file(os.path.join(...)): a URL with .. reads files outside the upload folder'

EDIT = Edit("uploads", replace={
    "@app.route('/uploads/<filename>')": "@app.route('/uploads/<path:filename>')",
    "return send_from_directory(app.config['UPLOAD_FOLDER'], filename)": (
        "from flask import send_file\n"
        "    path = os.path.join(app.config['UPLOAD_FOLDER'], filename)\n"
        "    if not os.path.isfile(path):\n"
        "        abort(404)\n"
        "    return send_file(path)"
    ),
})

app, spec_python_api = build(EDIT)
