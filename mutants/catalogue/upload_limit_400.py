"""Mutant upload_limit_400: a body over the limit answers 400 (Django's RequestDataTooBig is a SuspiciousOperation), not 413"""

from mutants.kit import Edit, build

RULES = ['uploads.8']
BREAKS = "a body over the limit answers 400 (Django's RequestDataTooBig is a SuspiciousOperation), not 413"

EDIT = Edit("uploads", append="""
from werkzeug.exceptions import RequestEntityTooLarge


@app.errorhandler(RequestEntityTooLarge)
def too_large(error):
    return 'Request body too large', 400
""")

app, spec_python_api = build(EDIT)
