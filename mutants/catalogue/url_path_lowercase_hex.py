"""Mutant url_path_lowercase_hex: percent-encoding with lower-case hex digits"""

from mutants.kit import Edit, build

RULES = ['url-building.3']
BREAKS = ".NET's HttpUtility.UrlEncode and hand-written '%%%02x' encoders write lower-case hex: /user/%e5%bc%a0%e4%b8%89"

EDIT = Edit("url-building", replace={
    "app = Flask(__name__)": (
        "import re\n\n"
        "from werkzeug.routing import UnicodeConverter\n\n\n"
        "class LowerHex(UnicodeConverter):\n"
        "    def to_url(self, value):\n"
        "        return re.sub(r'%[0-9A-F]{2}', lambda m: m.group().lower(), super().to_url(value))\n\n\n"
        "app = Flask(__name__)\napp.url_map.converters['default'] = LowerHex"
    ),
})

app, spec_python_api = build(EDIT)
