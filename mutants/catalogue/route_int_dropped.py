"""Mutant route_int_dropped: /post/<post_id> instead of <int:post_id>: no integer conversion, anything matches"""

from mutants.kit import Edit, build

RULES = ['routing.5', 'routing.6']
BREAKS = '/post/<post_id> instead of <int:post_id>: no integer conversion, anything matches'

EDIT = Edit("routing", replace={"<int:post_id>": "<post_id>"})

app, spec_python_api = build(EDIT)
