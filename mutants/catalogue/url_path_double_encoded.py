"""Mutant url_path_double_encoded: a variable part is percent-encoded twice"""

from mutants.kit import Edit, build

RULES = ['url-building.3']
BREAKS = ("a variable part is percent-encoded twice (encoded by hand, then again by the URL builder, as with Spring's "
          "UriComponentsBuilder.encode() or encodeURIComponent before a router's own): /user/John%2520Doe")

EDIT = Edit("url-building", replace={
    "app = Flask(__name__)": (
        "from urllib.parse import quote\n\n"
        "from werkzeug.routing import UnicodeConverter\n\n\n"
        "class TwiceEncoded(UnicodeConverter):\n"
        "    def to_url(self, value):\n"
        "        return super().to_url(quote(str(value)))\n\n\n"
        "app = Flask(__name__)\napp.url_map.converters['default'] = TwiceEncoded"
    ),
})

app, spec_python_api = build(EDIT)
