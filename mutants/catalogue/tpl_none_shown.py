"""Mutant tpl_none_shown: the template always greets by name: without one it says 'Hello None!'"""

from mutants.kit import Edit, build

RULES = ['templates.1']
BREAKS = "the template always greets by name: without one it says 'Hello None!'"

EDIT = Edit("templates", templates={"hello.html": {"{% if name %}": "{% if true %}"}})

app, spec_python_api = build(EDIT)
