"""Mutant static_etag_no_star: If-None-Match: * is not understood: it never matches"""

from mutants.catalogue._revalidation import revalidated_by
from mutants.kit import build

RULES = ['static-files.3']
BREAKS = 'If-None-Match: * is not understood: it never matches'

EDIT = revalidated_by("""
def matches(header, etag):
    tags = [tag.strip().removeprefix('W/') for tag in header.split(',')]
    return etag.removeprefix('W/') in tags
""")

app, spec_python_api = build(EDIT)
