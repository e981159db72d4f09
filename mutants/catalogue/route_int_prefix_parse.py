"""Mutant route_int_prefix_parse: the id is the number its text begins with"""

from mutants.kit import Edit, build

RULES = ['routing.6']
BREAKS = ("the id is the number its text begins with, as JavaScript's parseInt, PHP's intval and Ruby's to_i read it "
          "(and an unanchored ^post/(\\d+) pattern matches): /post/42abc reads 'Post 42'")

EDIT = Edit("routing", replace={
    "@app.route('/post/<int:post_id>')\ndef show_post(post_id):": (
        "@app.route('/post/<post_id>')\n"
        "def show_post(post_id):\n"
        "    import re\n"
        "    from flask import abort\n"
        "    digits = re.match(r'\\d+', post_id)\n"
        "    if digits is None:\n"
        "        abort(404)\n"
        "    post_id = int(digits.group())"
    ),
})

app, spec_python_api = build(EDIT)
