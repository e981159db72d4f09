"""Mutant static_folder_none: no static folder is served at all (Django with DEBUG=False, Rails with public_file_server disabled, a Go server that never mounts http.FileServer): the page links a stylesheet that is 404"""

from mutants.kit import Edit, build

RULES = ['static-files.1', 'static-files.5']
BREAKS = 'no static folder is served at all (Django with DEBUG=False, Rails with public_file_server disabled, a Go server that never mounts http.FileServer): the page links a stylesheet that is 404'

EDIT = Edit("static-files", replace={"app = Flask(__name__)": "app = Flask(__name__, static_folder=None)"})

app, spec_python_api = build(EDIT)
