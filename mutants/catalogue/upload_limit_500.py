"""Mutant upload_limit_500: a body over the limit answers 500 (multer's MulterError LIMIT_FILE_SIZE reaching Express's default error handler; Spring's MaxUploadSizeExceededException unhandled), not 413"""

from mutants.kit import Edit, build

RULES = ['uploads.8']
BREAKS = "a body over the limit answers 500 (multer's MulterError LIMIT_FILE_SIZE reaching Express's default error handler; Spring's MaxUploadSizeExceededException unhandled), not 413"

EDIT = Edit("uploads", append="""
from werkzeug.exceptions import RequestEntityTooLarge


@app.errorhandler(RequestEntityTooLarge)
def too_large(error):
    return 'File too large', 500
""")

app, spec_python_api = build(EDIT)
