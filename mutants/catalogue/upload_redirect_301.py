"""Mutant upload_redirect_301: after saving, the redirect is a 301"""

from mutants.kit import Edit, build

RULES = ['uploads.13']
BREAKS = "after saving, the redirect is a 301 (a permanent redirect, as Spring's RedirectView with setStatusCode(MOVED_PERMANENTLY) or Laravel's redirect()->to(..., 301) sends)"

EDIT = Edit("uploads", replace={"return redirect(url_for('uploaded_file', filename=filename))": "return redirect(url_for('uploaded_file', filename=filename), 301)"})

app, spec_python_api = build(EDIT)
