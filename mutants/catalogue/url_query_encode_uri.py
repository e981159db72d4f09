"""Mutant url_query_encode_uri: the query string is encoded as JavaScript's encodeURI does"""

from mutants.kit import Edit, build

RULES = ['url-building.4']
BREAKS = ("query values are encoded with JavaScript's encodeURI (not encodeURIComponent) or Ruby's URI.escape: "
          "'&' and '=' in a value are left as they are, and split it into more arguments")

EDIT = Edit("url-building", replace={
    "from flask import Flask, abort, request, url_for": (
        "from flask import Flask, abort, request, url_for\nfrom urllib.parse import quote"
    ),
    "app = Flask(__name__)": """
class MutantFlask(Flask):
    def url_for(self, endpoint, /, **values):
        rule = {r.endpoint: r for r in self.url_map.iter_rules()}.get(endpoint)
        extra = {k: values.pop(k) for k in list(values) if rule is not None and k not in rule.arguments and not k.startswith('_')}
        url = super().url_for(endpoint, **values)
        if extra:
            url += '?' + '&'.join('%s=%s' % (k, quote(str(v), safe=";,/?:@&=+$-_.!~*'()#")) for k, v in extra.items())
        return url


app = MutantFlask(__name__)""",
})

app, spec_python_api = build(EDIT)
