"""Mutant tpl_escape_angle_only: a hand-written escape that replaces only < and >"""

from mutants.kit import Edit, build

RULES = ['templates.3']
BREAKS = "the name is escaped by hand, replacing only < and > (the usual first attempt): & is left raw"

EDIT = Edit("templates", replace={
    "from flask import Flask, render_template": "from flask import Flask, render_template\nfrom markupsafe import Markup",
    "render_template('hello.html', name=name)": (
        "render_template('hello.html', name=name and Markup(name.replace('<', '&lt;').replace('>', '&gt;')))"
    ),
})

app, spec_python_api = build(EDIT)
