"""Mutant static_traversal_403: a path with .. is refused with 403, not 404 (Express's serve-static and send, Bottle's static_file)"""

from mutants.kit import Edit, build

RULES = ['static-files.4']
BREAKS = "a path with .. is refused with 403, not 404 (Express's serve-static and send, Bottle's static_file)"

EDIT = Edit("static-files", replace={"app = Flask(__name__)": """
class MutantFlask(Flask):
    def send_static_file(self, filename):
        from flask import abort
        if '..' in filename.replace('\\\\', '/').split('/'):
            abort(403)
        return super().send_static_file(filename)


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
