"""Mutant upload_limit_10mib: the limit at 10 MiB (Spring Boot's default max-request-size, 10MB), not 16 MiB"""

from mutants.kit import Edit, build

RULES = ['uploads.8']
BREAKS = "the limit at 10 MiB (Spring Boot's default max-request-size, 10MB), not 16 MiB"

EDIT = Edit("uploads", replace={"16 * 1024 * 1024": "10 * 1024 * 1024"})

app, spec_python_api = build(EDIT)
