"""Mutant static_not_conditional: static files ignore If-None-Match: a cached stylesheet is sent again (200, not 304)"""

from mutants.kit import Edit, build

RULES = ['static-files.3']
BREAKS = 'static files ignore If-None-Match: a cached stylesheet is sent again (200, not 304)'

EDIT = Edit("static-files", replace={"app = Flask(__name__)": """
class MutantFlask(Flask):
    def send_static_file(self, filename):
        from flask import send_from_directory
        return send_from_directory(self.static_folder, filename, conditional=False)


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
