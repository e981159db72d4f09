"""Mutant url_query_sorted: the query arguments are sorted by name"""

from mutants.kit import Edit, build

RULES = ['url-building.4']
BREAKS = "the query arguments are sorted by name, as Go's url.Values.Encode() and Werkzeug's Map(sort_parameters=True) write them"

EDIT = Edit("url-building", replace={"app = Flask(__name__)": "app = Flask(__name__)\napp.url_map.sort_parameters = True"})

app, spec_python_api = build(EDIT)
