"""Mutant min_root_catch_all: the rule '/' matches every path, as Go's "/" pattern does"""

from mutants.kit import Edit, build

RULES = ['minimal.2']
BREAKS = "the rule '/' matches every path, as Go's http.HandleFunc(\"/\", ...) pattern does: /hello_world answers Hello World!"

EDIT = Edit("minimal", replace={
    "@app.route('/')\ndef hello_world():": "@app.route('/')\n@app.route('/<path:anything>')\ndef hello_world(anything=None):",
})

app, spec_python_api = build(EDIT)
