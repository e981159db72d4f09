"""Mutant tpl_autoescape_off: Jinja autoescaping is turned off"""

from mutants.kit import Edit, build

CLAIMS = ['TPL-2']
BREAKS = 'Jinja autoescaping is turned off'

EDIT = Edit("templates", append="""
app.jinja_env.autoescape = False
""")

app, spec_python_api = build(EDIT)
