"""Equivalent url_path_strict_encoding: a variable part is encoded as encodeURIComponent does."""

from mutants.kit import Edit, build

RULES = ['url-building.2', 'url-building.3']
ALLOWS = ("a variable part with every reserved character percent-encoded (JavaScript's encodeURIComponent, "
          "Python's quote(value, safe='')): it reads back as given, and the contract pins only space, %, ?, # and non-ASCII")

EDIT = Edit("url-building", replace={
    "app = Flask(__name__)": (
        "from urllib.parse import quote\n\n"
        "from werkzeug.routing import UnicodeConverter\n\n\n"
        "class EncodeURIComponent(UnicodeConverter):\n"
        "    def to_url(self, value):\n"
        "        return quote(str(value), safe=\"-_.!~*'()\")\n\n\n"
        "app = Flask(__name__)\napp.url_map.converters['default'] = EncodeURIComponent"
    ),
})

app, spec_python_api = build(EDIT)
