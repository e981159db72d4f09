"""Mutant upload_form_method_missing: the form has no method="post": HTML's default sends it by GET, and no file at all"""

from mutants.kit import Edit, build

RULES = ['uploads.1']
BREAKS = 'the form has no method="post": HTML\'s default sends it by GET, and no file at all'

EDIT = Edit("uploads", templates={"upload.html": {'<form method="post" ': '<form '}})

app, spec_python_api = build(EDIT)
