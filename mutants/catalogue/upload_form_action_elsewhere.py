"""Mutant upload_form_action_elsewhere: the upload form posts to /upload, another URL than its own (multer's README form posts to /profile)"""

from mutants.kit import Edit, build

RULES = ['uploads.1']
BREAKS = "the upload form posts to /upload, another URL than its own (multer's README form posts to /profile)"

EDIT = Edit("uploads", templates={"upload.html": {'<form method="post"': '<form action="/upload" method="post"'}})

app, spec_python_api = build(EDIT)
