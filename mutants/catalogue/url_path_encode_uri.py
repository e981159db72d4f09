"""Mutant url_path_encode_uri: variable parts are encoded as JavaScript's encodeURI does"""

from mutants.kit import Edit, build

RULES = ['url-building.3']
BREAKS = ("variable parts are encoded as JavaScript's encodeURI (not encodeURIComponent) and Ruby's URI::DEFAULT_PARSER.escape "
          "do: '?' and '#' are left as they are, so the name is cut short")

EDIT = Edit("url-building", replace={
    "app = Flask(__name__)": (
        "from urllib.parse import quote\n\n"
        "from werkzeug.routing import UnicodeConverter\n\n\n"
        "class EncodeURI(UnicodeConverter):\n"
        "    def to_url(self, value):\n"
        "        return quote(str(value), safe=\";,/?:@&=+$-_.!~*'()#\")\n\n\n"
        "app = Flask(__name__)\napp.url_map.converters['default'] = EncodeURI"
    ),
})

app, spec_python_api = build(EDIT)
