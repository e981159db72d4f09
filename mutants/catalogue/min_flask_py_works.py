"""Mutant min_flask_py_works: hello.py drops its own folder from sys.path, so saved as flask.py it does not shadow Flask (it runs)"""

from mutants.kit import Edit, build

RULES = ['minimal.5']
BREAKS = 'hello.py drops its own folder from sys.path, so saved as flask.py it does not shadow Flask (it runs)'

EDIT = Edit("minimal", script_only=True, replace={
    "from flask import Flask": (
        "import os, sys\n"
        "here = os.path.dirname(os.path.abspath(__file__))\n"
        "sys.path[:] = [p for p in sys.path if os.path.abspath(p or '.') != here]\n"
        "from flask import Flask"
    ),
})

app, spec_python_api = build(EDIT)
