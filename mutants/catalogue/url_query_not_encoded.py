"""Mutant url_query_not_encoded: url_for leaves the query string unencoded: /?q=张三"""

from mutants.kit import Edit, build

RULES = ['url-building.4']
BREAKS = 'url_for leaves the query string unencoded: /?q=张三'

EDIT = Edit("url-building", replace={'from flask import Flask, abort, request, url_for': 'from flask import Flask, abort, request, url_for\nfrom urllib.parse import unquote', "app = Flask(__name__)": """
class MutantFlask(Flask):
    def url_for(self, endpoint, /, **values):
        url = super().url_for(endpoint, **values)
        path, mark, query = url.partition('?')
        return path + mark + unquote(query)


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
