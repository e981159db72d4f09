"""Mutant static_double_decoded: the file name is percent-decoded once more after the .. check (an app that unquotes a path its framework already decoded; IIS's double-decoding): %252e%252e%252f climbs out"""

from mutants.kit import Edit, build

RULES = ['static-files.4']
BREAKS = "the file name is percent-decoded once more after the .. check (an app that unquotes a path its framework already decoded; IIS's double-decoding): %252e%252e%252f climbs out"

EDIT = Edit("static-files", replace={"app = Flask(__name__)": """
class MutantFlask(Flask):
    def send_static_file(self, filename):
        import os
        from urllib.parse import unquote
        from flask import abort, send_file
        if '..' in filename.split('/'):
            abort(404)
        path = os.path.join(self.static_folder, unquote(filename))
        if not os.path.isfile(path):
            abort(404)
        return send_file(path)


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
