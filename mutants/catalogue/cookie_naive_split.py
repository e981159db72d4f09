"""Mutant cookie_naive_split: the Cookie header is parsed by hand, each pair split at every '='"""

from mutants.kit import Edit, build

RULES = ['cookies.2']
BREAKS = ("the Cookie header parsed by hand, each pair split at every '=' (the Node snippet "
          "cookie.split('; ').map(c => c.split('='))): a value holding '=' is cut at it")

EDIT = Edit("cookies", replace={"request.cookies.get('username')": (
    "dict(pair.split('=')[:2] for pair in request.headers.get('Cookie', '').split('; ') if '=' in pair).get('username')"
)})

app, spec_python_api = build(EDIT)
