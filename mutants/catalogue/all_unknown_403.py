"""Mutant all_unknown_403: a URL no rule names is refused with 403, as a security layer that denies every other request does (Spring Security's anyRequest().denyAll())"""

from mutants.kit import Edit, build

RULES = ['all.1']
BREAKS = "a URL no rule names is refused with 403, as a security layer that denies every other request does (Spring Security's anyRequest().denyAll())"

EDIT = Edit("cookies", append="""
@app.errorhandler(404)
def denied(error):
    return '<h1>Forbidden</h1>', 403
""")

app, spec_python_api = build(EDIT)
