"""Mutant min_run_missing: hello.py never calls app.run(): run with python, it serves nothing"""

from mutants.kit import Edit, build

RULES = ['minimal.3']
BREAKS = 'hello.py never calls app.run(): run with python, it serves nothing'

EDIT = Edit("minimal", script_only=True, replace={"    app.run()": "    pass"})

app, spec_python_api = build(EDIT)
