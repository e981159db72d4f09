"""Mutant method_405_without_allow: a custom 405 page drops the Allow header"""

from mutants.kit import Edit, build

RULES = ['all.4']
BREAKS = 'a custom 405 page drops the Allow header'

EDIT = Edit("methods", append="""
@app.errorhandler(405)
def method_not_allowed(error):
    return 'Method Not Allowed', 405
""")

app, spec_python_api = build(EDIT)
