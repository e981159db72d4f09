"""Mutant url_query_slash_encoded: url_for percent-encodes '/' in the query string: /login?next=%2F, not the document's /login?next=/"""

from mutants.kit import Edit, build

RULES = ['url-building.4', 'url-building.2', 'url-building.7']
BREAKS = "url_for percent-encodes '/' in the query string: /login?next=%2F, not the document's /login?next=/"

EDIT = Edit("url-building", replace={'from flask import Flask, abort, request, url_for': 'from flask import Flask, abort, request, url_for\nfrom urllib.parse import quote', "app = Flask(__name__)": """
class MutantFlask(Flask):
    def url_for(self, endpoint, /, **values):
        url = super().url_for(endpoint, **values)
        path, mark, query = url.partition('?')
        return path + mark + quote(query, safe='=&%')


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
