"""Mutant route_index_catch_all: the index answers every path no other rule names, as Go's "/" pattern"""

from mutants.kit import Edit, build

RULES = ['routing.2']
BREAKS = "the index answers every path no other rule names, as Go's http.HandleFunc(\"/\", index) does: /goodbye reads Index Page"

EDIT = Edit("routing", replace={
    "@app.route('/')\ndef index():": "@app.route('/')\n@app.route('/<path:anything>')\ndef index(anything=None):",
})

app, spec_python_api = build(EDIT)
