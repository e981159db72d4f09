"""Mutant route_int_signed: <int(signed=True):post_id>: the int converter accepts negative numbers"""

from mutants.kit import Edit, build

RULES = ['routing.7']
BREAKS = '<int(signed=True):post_id>: the int converter accepts negative numbers'

EDIT = Edit("routing", replace={"<int:post_id>": "<int(signed=True):post_id>"})

app, spec_python_api = build(EDIT)
