"""Mutant tpl_escape_once_helper: the name is escaped, but entities already in it are kept"""

from mutants.kit import Edit, build

RULES = ['templates.3']
BREAKS = ("the name is escaped by a helper that leaves entities already in it, as Rails' html_escape_once and PHP's "
          "htmlspecialchars(..., double_encode: false) do: a&amp;b is shown as a&b")

EDIT = Edit("templates", replace={
    "from flask import Flask, render_template": (
        "import re\n\nfrom flask import Flask, render_template\nfrom markupsafe import Markup, escape"
    ),
    "render_template('hello.html', name=name)": (
        "render_template('hello.html', name=name and Markup(re.sub("
        "r'&amp;(#?\\w+;)', r'&\\1', str(escape(name)))))"
    ),
})

app, spec_python_api = build(EDIT)
