"""Mutant static_url_moved: the static folder is served under /assets, not /static"""

from mutants.kit import Edit, build

RULES = ['static-files.1']
BREAKS = 'the static folder is served under /assets, not /static'

EDIT = Edit("static-files", replace={"app = Flask(__name__)": "app = Flask(__name__, static_url_path='/assets')"})

app, spec_python_api = build(EDIT)
