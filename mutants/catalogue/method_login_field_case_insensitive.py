"""Mutant method_login_field_case_insensitive: form fields are matched without regard to case, as ASP.NET Core's model binding does: a field 'Username' logs in"""

from mutants.kit import Edit, build

RULES = ['methods.3']
BREAKS = "form fields are matched without regard to case, as ASP.NET Core's model binding does: a field 'Username' logs in"

EDIT = Edit("methods", replace={"escape(request.form['username'])": "escape(next((v for k, v in request.form.items() if k.lower() == 'username'), ''))"})

app, spec_python_api = build(EDIT)
