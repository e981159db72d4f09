"""Mutant upload_folder_concat: the path built by concatenation with no separator (PHP's $target_dir . basename(...) without the trailing slash): files land beside the upload folder, named uploadsNAME, and are served from there"""

from mutants.kit import Edit, build

RULES = ['uploads.9']
BREAKS = "the path built by concatenation with no separator (PHP's $target_dir . basename(...) without the trailing slash): files land beside the upload folder, named uploadsNAME, and are served from there"

EDIT = Edit("uploads", replace={
    "file.save(os.path.join(app.config['UPLOAD_FOLDER'], filename))": "file.save(app.config['UPLOAD_FOLDER'] + filename)",
    "return send_from_directory(app.config['UPLOAD_FOLDER'], filename)": (
        "path = app.config['UPLOAD_FOLDER'] + filename\n"
        "    if not os.path.isfile(path):\n"
        "        abort(404)\n"
        "    return __import__('flask').send_file(path)"
    ),
})

app, spec_python_api = build(EDIT)
