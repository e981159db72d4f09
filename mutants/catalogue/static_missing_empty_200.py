"""Mutant static_missing_empty_200: a missing static file answers 200 with an empty body (PHP @readfile() with its warning silenced, a handler that writes nothing)"""

from mutants.kit import Edit, build

RULES = ['static-files.2']
BREAKS = 'a missing static file answers 200 with an empty body (PHP @readfile() with its warning silenced, a handler that writes nothing)'

EDIT = Edit("static-files", replace={"app = Flask(__name__)": """
class MutantFlask(Flask):
    def send_static_file(self, filename):
        import os
        from werkzeug.security import safe_join
        path = safe_join(self.static_folder, filename)
        if path is None or not os.path.isfile(path):
            return ''
        return super().send_static_file(filename)


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
