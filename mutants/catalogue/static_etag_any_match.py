"""Mutant static_etag_any_match: any If-None-Match is answered 304, whatever tag it names (a shortcut that only checks the header is there)"""

from mutants.catalogue._revalidation import revalidated_by
from mutants.kit import build

RULES = ['static-files.3']
BREAKS = 'any If-None-Match is answered 304, whatever tag it names (a shortcut that only checks the header is there)'

EDIT = revalidated_by("""
def matches(header, etag):
    return True
""")

app, spec_python_api = build(EDIT)
