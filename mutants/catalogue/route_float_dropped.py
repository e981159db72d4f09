"""Mutant route_float_dropped: /float/<value> instead of <float:value>: integers and words match"""

from mutants.kit import Edit, build

RULES = ['routing.8']
BREAKS = '/float/<value> instead of <float:value>: integers and words match'

EDIT = Edit("routing", replace={"<float:value>": "<value>"})

app, spec_python_api = build(EDIT)
