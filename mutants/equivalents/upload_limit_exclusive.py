"""Equivalent upload_limit_exclusive: a body of exactly 16 MiB is refused too."""

from mutants.kit import Edit, build

RULES = ['uploads.8']
ALLOWS = (
    "a limit that refuses a body of exactly 16 MiB, as gunicorn and waitress do in front of Flask "
    "(and a check written with >= instead of >): uploads.8 leaves exactly 16 MiB open"
)

EDIT = Edit("uploads", replace={"16 * 1024 * 1024": "16 * 1024 * 1024 - 1"})

app, spec_python_api = build(EDIT)
