"""Mutant upload_redirect_303: after saving, the redirect is a 303, not redirect()'s 302"""

from mutants.kit import Edit, build

RULES = ['uploads.13']
BREAKS = "after saving, the redirect is a 303, not redirect()'s 302"

EDIT = Edit("uploads", replace={"return redirect(url_for('uploaded_file', filename=filename))": "return redirect(url_for('uploaded_file', filename=filename), 303)"})

app, spec_python_api = build(EDIT)
