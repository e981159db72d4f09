"""Mutant min_wrong_import_name: Flask('hello') instead of Flask(__name__): Flask looks for the static folder in the wrong place"""

from mutants.kit import Edit, build

RULES = ['minimal.7']
BREAKS = "Flask('hello') instead of Flask(__name__): Flask looks for the static folder in the wrong place"

EDIT = Edit("minimal", replace={"Flask(__name__)": "Flask('hello')"})

app, spec_python_api = build(EDIT)
