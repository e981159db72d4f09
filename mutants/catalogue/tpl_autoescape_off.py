"""Mutant tpl_autoescape_off: Jinja autoescaping is turned off"""

from mutants.kit import Edit, build

RULES = ['templates.3']
BREAKS = 'Jinja autoescaping is turned off'

EDIT = Edit("templates", append="""
app.jinja_env.autoescape = False
""")

app, spec_python_api = build(EDIT)
