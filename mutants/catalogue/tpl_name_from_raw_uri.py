"""Mutant tpl_name_from_raw_uri: the name is taken from the raw request URI, still percent-encoded"""

from mutants.kit import Edit, build

RULES = ['templates.2']
BREAKS = ("the name is cut from the raw request URI, never decoded, as PHP's $_SERVER['REQUEST_URI'] and Go's "
          "r.URL.RawPath give it: /hello/John%20Doe greets 'John%20Doe'")

EDIT = Edit("templates", replace={
    "from flask import Flask, render_template": "from urllib.parse import quote\n\nfrom flask import Flask, render_template",
    "render_template('hello.html', name=name)": "render_template('hello.html', name=name and quote(name))",
})

app, spec_python_api = build(EDIT)
