"""Mutant upload_limit_decimal: MAX_CONTENT_LENGTH is 16,000,000 bytes, not 16 MiB"""

from mutants.kit import Edit, build

RULES = ['uploads.8']
BREAKS = 'MAX_CONTENT_LENGTH is 16,000,000 bytes, not 16 MiB'

EDIT = Edit("uploads", replace={"16 * 1024 * 1024": "16 * 1000 * 1000"})

app, spec_python_api = build(EDIT)
