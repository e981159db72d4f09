"""Mutant min_hello_text: hello.py answers 'Hello, World!' instead of 'Hello World!'"""

from mutants.kit import Edit, build

RULES = ['minimal.1']
BREAKS = "hello.py answers 'Hello, World!' instead of 'Hello World!'"

EDIT = Edit("minimal", replace={"return 'Hello World!'": "return 'Hello, World!'"})

app, spec_python_api = build(EDIT)
