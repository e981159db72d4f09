"""Mutant min_name_is_url: the function's name is a URL too: /hello_world answers Hello World!"""

from mutants.kit import Edit, build

RULES = ['minimal.2']
BREAKS = "the function's name is a URL too: /hello_world answers Hello World!"

EDIT = Edit("minimal", replace={"@app.route('/')": "@app.route('/hello_world')\n@app.route('/')"})

app, spec_python_api = build(EDIT)
