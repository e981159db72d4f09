"""Mutant upload_limit_file_size: the limit put on the file's size, not on the request body (multer's limits.fileSize, Spring's max-file-size, PHP's upload_max_filesize)"""

from mutants.kit import Edit, build

RULES = ['uploads.8']
BREAKS = "the limit put on the file's size, not on the request body (multer's limits.fileSize, Spring's max-file-size, PHP's upload_max_filesize)"

EDIT = Edit("uploads", replace={
    "app.config['MAX_CONTENT_LENGTH'] = 16 * 1024 * 1024": "LIMIT = 16 * 1024 * 1024",
    "        file = request.files['file']": (
        "        file = request.files['file']\n"
        "        file.stream.seek(0, os.SEEK_END)\n"
        "        if file.stream.tell() > LIMIT:\n"
        "            abort(413)\n"
        "        file.stream.seek(0)"
    ),
})

app, spec_python_api = build(EDIT)
