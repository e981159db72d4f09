"""Mutant flash_form_method_get: the login form has no method attribute (a hand-written <form>): the browser sends it by GET, and the login never runs"""

from mutants.kit import Edit, build

RULES = ['flashing.3']
BREAKS = 'the login form has no method attribute (a hand-written <form>): the browser sends it by GET, and the login never runs'

EDIT = Edit("flashing", templates={"login.html": {'<form method="post">': '<form>'}})

app, spec_python_api = build(EDIT)
