"""Mutant url_ignores_mount: url_for leaves out the prefix the section is mounted at (SCRIPT_NAME): /login instead of /url-building/login"""

from mutants.kit import Edit, build

RULES = ['url-building.2']
BREAKS = 'url_for leaves out the prefix the section is mounted at (SCRIPT_NAME): /login instead of /url-building/login'

EDIT = Edit("url-building", replace={"app = Flask(__name__)": """
class MutantFlask(Flask):
    def url_for(self, endpoint, /, **values):
        url = super().url_for(endpoint, **values)
        root = request.script_root
        return url[len(root):] if root and url.startswith(root + '/') else url


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
