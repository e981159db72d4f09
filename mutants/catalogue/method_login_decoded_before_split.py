"""Mutant method_login_decoded_before_split: a hand-written form parser percent-decodes the whole body before splitting it at '&': 'Tom & Jerry' is cut to 'Tom '"""

from mutants.kit import Edit, build

RULES = ['methods.3']
BREAKS = "a hand-written form parser percent-decodes the whole body before splitting it at '&': 'Tom & Jerry' is cut to 'Tom '"

EDIT = Edit("methods", replace={"escape(request.form['username'])": "escape(form_fields(request.get_data(as_text=True))['username'])"}, append="""
from urllib.parse import unquote_plus


def form_fields(body):
    fields = {}
    for pair in unquote_plus(body).split('&'):
        name, _, value = pair.partition('=')
        fields[name] = value
    return fields
""")

app, spec_python_api = build(EDIT)
