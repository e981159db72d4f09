"""Mutant req_missing_field_422: a missing form field answers 422 (FastAPI's Form(...) validation error), not 400"""

from mutants.kit import Edit, build

RULES = ['request.4']
BREAKS = "a missing form field answers 422 (FastAPI's Form(...) validation error), not 400"

EDIT = Edit("request", append="""
from werkzeug.exceptions import BadRequestKeyError


@app.errorhandler(BadRequestKeyError)
def field_required(error):
    return 'Field required', 422
""")

app, spec_python_api = build(EDIT)
