"""Mutant route_hello_exclaim: /hello answers 'Hello World!', the minimal section's text"""

from mutants.kit import Edit, build

RULES = ['routing.1']
BREAKS = "/hello answers 'Hello World!', the minimal section's text copied over, instead of 'Hello World'"

EDIT = Edit("routing", replace={"return 'Hello World'": "return 'Hello World!'"})

app, spec_python_api = build(EDIT)
