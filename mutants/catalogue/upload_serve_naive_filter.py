"""Mutant upload_serve_naive_filter: /uploads/<path:filename> served by send_file(os.path.join(...)) after removing '../' once (a common hand-made filter): '..././' becomes '../'"""

from mutants.kit import Edit, build

RULES = ['uploads.11']
BREAKS = "/uploads/<path:filename> served by send_file(os.path.join(...)) after removing '../' once (a common hand-made filter): '..././' becomes '../'"

EDIT = Edit("uploads", replace={
    "@app.route('/uploads/<filename>')": "@app.route('/uploads/<path:filename>')",
    "return send_from_directory(app.config['UPLOAD_FOLDER'], filename)": (
        "path = os.path.join(app.config['UPLOAD_FOLDER'], filename.replace('../', ''))\n"
        "    if not os.path.isfile(path):\n"
        "        abort(404)\n"
        "    return __import__('flask').send_file(path)"
    ),
})

app, spec_python_api = build(EDIT)
