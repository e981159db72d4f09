"""Mutant min_run_other_port: hello.py runs app.run(port=5001): not Flask's default address (127.0.0.1:5000)"""

from mutants.kit import Edit, build

RULES = ['minimal.9']
BREAKS = "hello.py runs app.run(port=5001): not Flask's default address (127.0.0.1:5000)"

EDIT = Edit("minimal", script_only=True, replace={"app.run()": "app.run(port=5001)"})

app, spec_python_api = build(EDIT)
