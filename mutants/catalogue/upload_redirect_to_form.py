"""Mutant upload_redirect_to_form: after saving, the view redirects to the upload form, not to url_for('uploaded_file', ...)"""

from mutants.kit import Edit, build

RULES = ['uploads.4']
BREAKS = "after saving, the view redirects to the upload form, not to url_for('uploaded_file', ...)"

EDIT = Edit("uploads", replace={"return redirect(url_for('uploaded_file', filename=filename))": "return redirect(url_for('upload_file'))"})

app, spec_python_api = build(EDIT)
