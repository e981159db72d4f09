"""Mutant static_etag_no_list: If-None-Match is read as one tag: a list of tags (what a cache holding several versions sends) never matches"""

from mutants.catalogue._revalidation import revalidated_by
from mutants.kit import build

RULES = ['static-files.3']
BREAKS = 'If-None-Match is read as one tag: a list of tags (what a cache holding several versions sends) never matches'

EDIT = revalidated_by("""
def matches(header, etag):
    tag = header.strip()
    return tag == '*' or tag.removeprefix('W/') == etag.removeprefix('W/')
""")

app, spec_python_api = build(EDIT)
