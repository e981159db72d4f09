"""Mutant static_unsafe_join: static files are sent by send_file(os.path.join(...)): a path with .. climbs out of the static folder"""

from mutants.kit import Edit, build

RULES = ['static-files.4']
BREAKS = 'static files are sent by send_file(os.path.join(...)): a path with .. climbs out of the static folder'

EDIT = Edit("static-files", replace={"app = Flask(__name__)": """
class MutantFlask(Flask):
    def send_static_file(self, filename):
        import os
        from flask import abort, send_file
        path = os.path.join(self.static_folder, filename)
        if not os.path.isfile(path):
            abort(404)
        return send_file(path)


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
