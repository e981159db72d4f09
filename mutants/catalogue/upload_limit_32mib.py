"""Mutant upload_limit_32mib: MAX_CONTENT_LENGTH is 32 MiB, not 16 MiB"""

from mutants.kit import Edit, build

RULES = ['uploads.8']
BREAKS = 'MAX_CONTENT_LENGTH is 32 MiB, not 16 MiB'

EDIT = Edit("uploads", replace={"16 * 1024 * 1024": "32 * 1024 * 1024"})

app, spec_python_api = build(EDIT)
