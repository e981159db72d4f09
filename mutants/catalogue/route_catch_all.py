"""Mutant route_catch_all: a catch-all rule answers 200 for every URL no other rule names"""

from mutants.kit import Edit, build

RULES = ['routing.2']
BREAKS = 'a catch-all rule answers 200 for every URL no other rule names'

EDIT = Edit("routing", append="""
@app.route('/<path:anything>')
def anything_else(anything):
    return 'Nothing at %s' % anything
""")

app, spec_python_api = build(EDIT)
