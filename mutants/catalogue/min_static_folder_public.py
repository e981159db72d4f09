"""Mutant min_static_folder_public: static files are looked for in public/, not static/"""

from mutants.kit import Edit, build

RULES = ['minimal.7']
BREAKS = "static files are looked for in public/, where Express (express.static('public')), Rails and Laravel keep them, not in static/"

EDIT = Edit("minimal", replace={"app = Flask(__name__)": "app = Flask(__name__, static_folder='public')"})

app, spec_python_api = build(EDIT)
