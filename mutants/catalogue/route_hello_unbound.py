"""Mutant route_hello_unbound: the route() decorator of hello() is dropped: /hello is not found"""

from mutants.kit import Edit, build

RULES = ['routing.1']
BREAKS = 'the route() decorator of hello() is dropped: /hello is not found'

EDIT = Edit("routing", replace={"@app.route('/hello')\n": ""})

app, spec_python_api = build(EDIT)
