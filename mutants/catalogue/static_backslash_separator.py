"""Mutant static_backslash_separator: the .. check looks for '../' only, then the backslash is taken as a separator (Windows, IIS, a port that normalises either slash): ..\\ climbs out"""

from mutants.kit import Edit, build

RULES = ['static-files.4']
BREAKS = "the .. check looks for '../' only, then the backslash is taken as a separator (Windows, IIS, a port that normalises either slash): ..\\ climbs out"

EDIT = Edit("static-files", replace={"app = Flask(__name__)": """
class MutantFlask(Flask):
    def send_static_file(self, filename):
        import os
        from flask import abort, send_file
        if '../' in filename or filename == '..':
            abort(404)
        path = os.path.join(self.static_folder, filename.replace('\\\\', '/'))
        if not os.path.isfile(path):
            abort(404)
        return send_file(path)


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
