"""Mutant url_percent_not_escaped: url_for lets '%' through unescaped: 'Zoë 5%' gives /user/Zo%C3%AB%205%"""

from mutants.kit import Edit, build

RULES = ['url-building.3']
BREAKS = "url_for lets '%' through unescaped: 'Zoë 5%' gives /user/Zo%C3%AB%205%"

EDIT = Edit("url-building", replace={"app = Flask(__name__)": """
class MutantFlask(Flask):
    def url_for(self, endpoint, /, **values):
        return super().url_for(endpoint, **values).replace('%25', '%')


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
