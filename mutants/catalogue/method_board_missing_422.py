"""Mutant method_board_missing_422: a write without message answers 422 Unprocessable Entity (Rails' scaffold, Laravel's and FastAPI's validation errors), not 400"""

from mutants.kit import Edit, build

RULES = ['methods.7']
BREAKS = "a write without message answers 422 Unprocessable Entity (Rails' scaffold, Laravel's and FastAPI's validation errors), not 400"

EDIT = Edit("methods", replace_every={"request.form['message']": "form_field('message')"}, append="""
def form_field(wanted):
    if wanted not in request.form:
        abort(422)
    return request.form[wanted]
""")

app, spec_python_api = build(EDIT)
