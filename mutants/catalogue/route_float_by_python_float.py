"""Mutant route_float_by_python_float: the value is parsed with Python's float()"""

from mutants.kit import Edit, build

RULES = ['routing.8']
BREAKS = "the value is parsed with Python's float() (JavaScript's Number() alike): 42, 1e3, inf and nan are served"

EDIT = Edit("routing", replace={
    "@app.route('/float/<float:value>')\ndef show_float(value):": (
        "@app.route('/float/<value>')\n"
        "def show_float(value):\n"
        "    from flask import abort\n"
        "    try:\n"
        "        value = float(value)\n"
        "    except ValueError:\n"
        "        abort(404)"
    ),
})

app, spec_python_api = build(EDIT)
