"""Mutant route_path_dropped: /path/<subpath> instead of <path:subpath>: slashes are not kept"""

from mutants.kit import Edit, build

RULES = ['routing.9']
BREAKS = '/path/<subpath> instead of <path:subpath>: slashes are not kept'

EDIT = Edit("routing", replace={"<path:subpath>": "<subpath>"})

app, spec_python_api = build(EDIT)
