"""Mutant min_trailing_newline: the body ends with a newline, as println-style writers add"""

from mutants.kit import Edit, build

RULES = ['minimal.6']
BREAKS = "the body is 'Hello World!' and a newline, as Go's fmt.Fprintln, Ruby's puts and PHP's echo \"...\\n\" write it"

EDIT = Edit("minimal", replace={"return 'Hello World!'": "return 'Hello World!\\n'"})

app, spec_python_api = build(EDIT)
