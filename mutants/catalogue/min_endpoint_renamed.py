"""Mutant min_endpoint_renamed: the endpoint is 'index', not the function's name: url_for('hello_world') fails"""

from mutants.kit import Edit, build

RULES = ['minimal.8']
BREAKS = "the endpoint is 'index', not the function's name: url_for('hello_world') fails"

EDIT = Edit("minimal", replace={"@app.route('/')": "@app.route('/', endpoint='index')"})

app, spec_python_api = build(EDIT)
