"""Mutant upload_redirect_307: after saving, the redirect is a 307"""

from mutants.kit import Edit, build

RULES = ['uploads.4', 'uploads.13']
BREAKS = "after saving, the redirect is a 307 (ASP.NET Core's RedirectPreserveMethod, Go's http.StatusTemporaryRedirect): the browser posts the file again"

EDIT = Edit("uploads", replace={"return redirect(url_for('uploaded_file', filename=filename))": "return redirect(url_for('uploaded_file', filename=filename), 307)"})

app, spec_python_api = build(EDIT)
