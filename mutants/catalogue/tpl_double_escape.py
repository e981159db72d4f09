"""Mutant tpl_double_escape: the view escapes the name itself and the template escapes it again: 'Tom &amp;amp; Jerry'"""

from mutants.kit import Edit, build

RULES = ['templates.3']
BREAKS = "the view escapes the name itself and the template escapes it again: 'Tom &amp;amp; Jerry'"

EDIT = Edit("templates", replace={
    "from flask import Flask, render_template": "from flask import Flask, render_template\nfrom markupsafe import escape",
    "render_template('hello.html', name=name)": "render_template('hello.html', name=name and str(escape(name)))",
})

app, spec_python_api = build(EDIT)
