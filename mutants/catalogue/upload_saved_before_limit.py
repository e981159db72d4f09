"""Mutant upload_saved_before_limit: the size checked only after the file is saved, and the file left in place (multer's disk storage, then req.file.size checked; PHP checking the size after move_uploaded_file)"""

from mutants.kit import Edit, build

RULES = ['uploads.8']
BREAKS = "the size checked only after the file is saved, and the file left in place (multer's disk storage, then req.file.size checked; PHP checking the size after move_uploaded_file)"

EDIT = Edit("uploads", replace={
    "app.config['MAX_CONTENT_LENGTH'] = 16 * 1024 * 1024": "LIMIT = 16 * 1024 * 1024",
    "file.save(os.path.join(app.config['UPLOAD_FOLDER'], filename))": (
        "file.save(os.path.join(app.config['UPLOAD_FOLDER'], filename))" + "\n"
        "            if request.content_length > LIMIT:\n"
        "                abort(413)"
    ),
})

app, spec_python_api = build(EDIT)
