"""Mutant req_field_names_case_insensitive: form field names are matched in any letter case (ASP.NET Core model binding): Username and Password log in"""

from mutants.kit import Edit, build

RULES = ['request.4']
BREAKS = 'form field names are matched in any letter case (ASP.NET Core model binding): Username and Password log in'

EDIT = Edit("request", replace_every={"request.form[": "form_any_case()["}, append="""
from werkzeug.datastructures import MultiDict


def form_any_case():
    return MultiDict([(name.lower(), value) for name, value in request.form.items(multi=True)])
""")

app, spec_python_api = build(EDIT)
