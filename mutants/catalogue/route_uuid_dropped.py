"""Mutant route_uuid_dropped: /uuid/<ident> instead of <uuid:ident>: anything matches"""

from mutants.kit import Edit, build

RULES = ['routing.10']
BREAKS = '/uuid/<ident> instead of <uuid:ident>: anything matches'

EDIT = Edit("routing", replace={"<uuid:ident>": "<ident>"})

app, spec_python_api = build(EDIT)
