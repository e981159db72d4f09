"""Mutant url_path_not_encoded: url_for leaves the variable parts unencoded: /user/John Doe, /user/张三"""

from mutants.kit import Edit, build

RULES = ['url-building.3']
BREAKS = 'url_for leaves the variable parts unencoded: /user/John Doe, /user/张三'

EDIT = Edit("url-building", replace={'from flask import Flask, abort, request, url_for': 'from flask import Flask, abort, request, url_for\nfrom urllib.parse import unquote', "app = Flask(__name__)": """
class MutantFlask(Flask):
    def url_for(self, endpoint, /, **values):
        url = super().url_for(endpoint, **values)
        path, mark, query = url.partition('?')
        return unquote(path) + mark + query


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
