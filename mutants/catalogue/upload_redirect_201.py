"""Mutant upload_redirect_201: a saved file answers 201 Created with its Location (ASP.NET Core's CreatedAtAction, REST style), not redirect()'s 302"""

from mutants.kit import Edit, build

RULES = ['uploads.4']
BREAKS = "a saved file answers 201 Created with its Location (ASP.NET Core's CreatedAtAction, REST style), not redirect()'s 302"

EDIT = Edit("uploads", replace={"return redirect(url_for('uploaded_file', filename=filename))": "return '', 201, {'Location': url_for('uploaded_file', filename=filename)}"})

app, spec_python_api = build(EDIT)
