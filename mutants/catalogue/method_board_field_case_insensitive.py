"""Mutant method_board_field_case_insensitive: form fields are matched without regard to case, as ASP.NET Core's model binding does: a field 'Message' is taken for message"""

from mutants.kit import Edit, build

RULES = ['methods.7']
BREAKS = "form fields are matched without regard to case, as ASP.NET Core's model binding does: a field 'Message' is taken for message"

EDIT = Edit("methods", replace_every={"request.form['message']": "form_field('message')"}, append="""
def form_field(wanted):
    for key, value in request.form.items():
        if key.lower() == wanted:
            return value
    abort(400)
""")

app, spec_python_api = build(EDIT)
