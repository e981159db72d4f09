"""Mutant static_etag_exact_compare: If-None-Match is compared with the ETag as a whole string (a hand-written `if request.headers['If-None-Match'] == etag`): a weak form, a list or * is sent again"""

from mutants.catalogue._revalidation import revalidated_by
from mutants.kit import build

RULES = ['static-files.3']
BREAKS = "If-None-Match is compared with the ETag as a whole string (a hand-written `if request.headers['If-None-Match'] == etag`): a weak form, a list or * is sent again"

EDIT = revalidated_by("""
def matches(header, etag):
    return header == etag
""")

app, spec_python_api = build(EDIT)
