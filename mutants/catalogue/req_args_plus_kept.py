"""Mutant req_args_plus_kept: q is cut from the raw query string and percent-decoded as a path is (JavaScript decodeURIComponent, Go url.PathUnescape): '+' stays a plus"""

from mutants.kit import Edit, build

RULES = ['request.5']
BREAKS = "q is cut from the raw query string and percent-decoded as a path is (JavaScript decodeURIComponent, Go url.PathUnescape): '+' stays a plus"

EDIT = Edit("request", replace={"request.args.get('q', '')": "q_unquoted()"}, append="""
from urllib.parse import unquote


def q_unquoted():
    for pair in request.query_string.decode('latin-1').split('&'):
        name, _, value = pair.partition('=')
        if name == 'q':
            return unquote(value)
    return ''
""")

app, spec_python_api = build(EDIT)
