"""Mutant url_missing_variable_filled: a missing variable part is filled with a placeholder"""

from mutants.kit import Edit, build

RULES = ['url-building.5', 'url-building.7']
BREAKS = ("a missing variable part is filled in, as a template literal `/user/${username}` gives /user/undefined "
          "and '/user/%s' % values.get('username') gives /user/None")

EDIT = Edit("url-building", replace={"app = Flask(__name__)": """
class MutantFlask(Flask):
    def url_for(self, endpoint, /, **values):
        if endpoint == 'profile':
            values.setdefault('username', 'None')
        return super().url_for(endpoint, **values)


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
