"""Mutant static_no_etag: the stylesheet carries no ETag, only Last-Modified (Go's http.FileServer, Django's static serve view, Flask 2.1)"""

from mutants.kit import Edit, build

RULES = ['static-files.3']
BREAKS = "the stylesheet carries no ETag, only Last-Modified (Go's http.FileServer, Django's static serve view, Flask 2.1)"

EDIT = Edit("static-files", replace={"app = Flask(__name__)": """
class MutantFlask(Flask):
    def send_static_file(self, filename):
        from flask import send_from_directory
        return send_from_directory(self.static_folder, filename, etag=False)


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
