"""Mutant url_static_moved: static files under /assets (static_url_path): url_for('static', ...) no longer gives /static/style.css"""

from mutants.kit import Edit, build

RULES = ['url-building.6']
BREAKS = "static files under /assets (static_url_path): url_for('static', ...) no longer gives /static/style.css"

EDIT = Edit("url-building", replace={"app = Flask(__name__)": "app = Flask(__name__, static_url_path='/assets')"})

app, spec_python_api = build(EDIT)
