"""Mutant url_unknown_dropped: url_for drops the arguments the rule does not name instead of appending them as the query string"""

from mutants.kit import Edit, build

RULES = ['url-building.4']
BREAKS = 'url_for drops the arguments the rule does not name instead of appending them as the query string'

EDIT = Edit("url-building", replace={"app = Flask(__name__)": """
class MutantFlask(Flask):
    def url_for(self, endpoint, /, **values):
        known = {name for rule in self.url_map.iter_rules() if rule.endpoint == endpoint for name in rule.arguments}
        return super().url_for(endpoint, **{k: v for k, v in values.items() if k.startswith('_') or k in known})


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
