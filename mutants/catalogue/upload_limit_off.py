"""Mutant upload_limit_off: no MAX_CONTENT_LENGTH: any size is accepted"""

from mutants.kit import Edit, build

RULES = ['uploads.8']
BREAKS = 'no MAX_CONTENT_LENGTH: any size is accepted'

EDIT = Edit("uploads", replace={"app.config['MAX_CONTENT_LENGTH'] = 16 * 1024 * 1024": "pass"})

app, spec_python_api = build(EDIT)
