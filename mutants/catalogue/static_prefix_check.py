"""Mutant static_prefix_check: containment is checked with startswith() and no trailing separator (a common hand-written guard in Node and Python): static/../static_files.py starts with 'static' and is served"""

from mutants.kit import Edit, build

RULES = ['static-files.4']
BREAKS = "containment is checked with startswith() and no trailing separator (a common hand-written guard in Node and Python): static/../static_files.py starts with 'static' and is served"

EDIT = Edit("static-files", replace={"app = Flask(__name__)": """
class MutantFlask(Flask):
    def send_static_file(self, filename):
        import os
        from flask import abort, send_file
        folder = os.path.abspath(self.static_folder)
        path = os.path.abspath(os.path.join(folder, filename))
        if not path.startswith(folder) or not os.path.isfile(path):
            abort(404)
        return send_file(path)


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
