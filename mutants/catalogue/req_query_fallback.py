"""Mutant req_query_fallback: a field missing from the form is taken from the query string (PHP $_REQUEST, Rails params, ASP.NET Core model binding: form first, then the query)"""

from mutants.kit import Edit, build

RULES = ['request.4']
BREAKS = 'a field missing from the form is taken from the query string (PHP $_REQUEST, Rails params, ASP.NET Core model binding: form first, then the query)'

EDIT = Edit("request", replace_every={"request.form[": "form_then_query()["}, append="""
from werkzeug.datastructures import CombinedMultiDict


def form_then_query():
    return CombinedMultiDict([request.form, request.args])
""")

app, spec_python_api = build(EDIT)
