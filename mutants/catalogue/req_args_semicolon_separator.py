"""Mutant req_args_semicolon_separator: the query string is split on ';' as well as '&' (Python's parse_qs before 3.9.2, Go before 1.17, Rack before 3): fish;chips reads fish"""

from mutants.kit import Edit, build

RULES = ['request.5']
BREAKS = "the query string is split on ';' as well as '&' (Python's parse_qs before 3.9.2, Go before 1.17, Rack before 3): fish;chips reads fish"

EDIT = Edit("request", replace={"request.args.get('q', '')": "q_split_on_semicolons()"}, append="""
import re
from urllib.parse import unquote_plus


def q_split_on_semicolons():
    for pair in re.split('[&;]', request.query_string.decode('latin-1')):
        name, _, value = pair.partition('=')
        if unquote_plus(name) == 'q':
            return unquote_plus(value)
    return ''
""")

app, spec_python_api = build(EDIT)
