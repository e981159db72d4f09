"""Mutant min_import_module_style: import flask; flask.Flask(__name__): as flask.py it fails otherwise"""

from mutants.kit import Edit, build

RULES = ['minimal.10']
BREAKS = ("import flask; app = flask.Flask(__name__) instead of the document's from flask import Flask: "
          "saved as flask.py it fails with an AttributeError, not the document's ImportError")

EDIT = Edit("minimal", replace={"from flask import Flask\napp = Flask(__name__)": "import flask\napp = flask.Flask(__name__)"})

app, spec_python_api = build(EDIT)
