"""Mutant static_missing_500: a missing static file is a server error, 500: the file is opened without checking it exists (send_file(path) raises FileNotFoundError; fs.readFile's error passed to next())"""

from mutants.kit import Edit, build

RULES = ['static-files.2']
BREAKS = "a missing static file is a server error, 500: the file is opened without checking it exists (send_file(path) raises FileNotFoundError; fs.readFile's error passed to next())"

EDIT = Edit("static-files", replace={"app = Flask(__name__)": """
class MutantFlask(Flask):
    def send_static_file(self, filename):
        from flask import abort, send_file
        from werkzeug.security import safe_join
        path = safe_join(self.static_folder, filename)
        if path is None:
            abort(404)
        return send_file(path)


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
