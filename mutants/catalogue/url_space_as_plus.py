"""Mutant url_space_as_plus: url_for encodes a space as '+' in the path: /user/John+Doe"""

from mutants.kit import Edit, build

RULES = ['url-building.3']
BREAKS = "url_for encodes a space as '+' in the path: /user/John+Doe"

EDIT = Edit("url-building", replace={"app = Flask(__name__)": """
class MutantFlask(Flask):
    def url_for(self, endpoint, /, **values):
        return super().url_for(endpoint, **values).replace('%20', '+')


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
