"""Mutant method_login_plus_kept: the form body is decoded as a path is (unquote, decodeURIComponent, Go's url.PathUnescape): a '+' stays a plus, so 'Mary Ann' shows as 'Mary+Ann'"""

from mutants.kit import Edit, build

RULES = ['methods.3']
BREAKS = "the form body is decoded as a path is (unquote, decodeURIComponent, Go's url.PathUnescape): a '+' stays a plus, so 'Mary Ann' shows as 'Mary+Ann'"

EDIT = Edit("methods", replace={"escape(request.form['username'])": "escape(form_fields(request.get_data(as_text=True))['username'])"}, append="""
from urllib.parse import unquote


def form_fields(body):
    fields = {}
    for pair in body.split('&'):
        name, _, value = pair.partition('=')
        fields[unquote(name)] = unquote(value)
    return fields
""")

app, spec_python_api = build(EDIT)
