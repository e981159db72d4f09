"""Mutant tpl_zero_falsy: the name '0' counts as no name, as in PHP and Twig"""

from mutants.kit import Edit, build

RULES = ['templates.2']
BREAKS = "the name '0' counts as no name, as PHP's if ($name) and Twig's {% if name %} read it: /hello/0 greets the world"

EDIT = Edit("templates", templates={"hello.html": {"{% if name %}": "{% if name and name != '0' %}"}})

app, spec_python_api = build(EDIT)
