"""Mutant req_form_method_get: the login form has no method attribute (a hand-written <form>): the browser sends the credentials by GET, in the URL, and the login never runs"""

from mutants.kit import Edit, build

RULES = ['request.1']
BREAKS = 'the login form has no method attribute (a hand-written <form>): the browser sends the credentials by GET, in the URL, and the login never runs'

EDIT = Edit("request", templates={"login.html": {'<form method="post">': '<form>'}})

app, spec_python_api = build(EDIT)
