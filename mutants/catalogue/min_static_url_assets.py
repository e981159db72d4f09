"""Mutant min_static_url_assets: the static folder is served under /assets, not /static"""

from mutants.kit import Edit, build

RULES = ['minimal.7']
BREAKS = "the static folder is served under /assets, as the Rails asset pipeline and Phoenix serve it, not /static"

EDIT = Edit("minimal", replace={"app = Flask(__name__)": "app = Flask(__name__, static_url_path='/assets')"})

app, spec_python_api = build(EDIT)
