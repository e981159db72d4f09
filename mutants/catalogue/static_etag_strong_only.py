"""Mutant static_etag_strong_only: If-None-Match is compared strongly: W/"..." never matches (RFC 9110 asks for the weak comparison; a hand-written check, If-Match logic reused)"""

from mutants.catalogue._revalidation import revalidated_by
from mutants.kit import build

RULES = ['static-files.3']
BREAKS = 'If-None-Match is compared strongly: W/"..." never matches (RFC 9110 asks for the weak comparison; a hand-written check, If-Match logic reused)'

EDIT = revalidated_by("""
def matches(header, etag):
    if header.strip() == '*':
        return True
    return etag in [tag.strip() for tag in header.split(',')]
""")

app, spec_python_api = build(EDIT)
