"""Mutant route_float_signed: the float converter accepts negative numbers"""

from mutants.kit import Edit, build

RULES = ['routing.8']
BREAKS = "the float converter is signed (Werkzeug's float(signed=True); Django's and Express's float patterns written with -?): /float/-1.5 is served"

EDIT = Edit("routing", replace={"<float:value>": "<float(signed=True):value>"})

app, spec_python_api = build(EDIT)
