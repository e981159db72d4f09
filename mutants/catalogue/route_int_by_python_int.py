"""Mutant route_int_by_python_int: /post/<post_id> parsed with Python's int(): -1 and ' 42' match"""

from mutants.kit import Edit, build

RULES = ['routing.6', 'routing.7']
BREAKS = "/post/<post_id> parsed with Python's int(): -1 and ' 42' match"

EDIT = Edit("routing", replace={
    "@app.route('/post/<int:post_id>')\ndef show_post(post_id):": (
        "@app.route('/post/<post_id>')\n"
        "def show_post(post_id):\n"
        "    from flask import abort\n"
        "    try:\n"
        "        post_id = int(post_id)\n"
        "    except ValueError:\n"
        "        abort(404)"
    ),
})

app, spec_python_api = build(EDIT)
