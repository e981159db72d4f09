"""Mutant route_int_ascii_only: the int converter takes ASCII digits only"""

from mutants.kit import Edit, build

RULES = ['routing.7']
BREAKS = ("the int converter takes ASCII digits only, as Django's int converter ([0-9]+), a \\d+ in JavaScript, Java "
          "or Ruby, and Go's strconv.Atoi do: /post/٤٢ is not found")

EDIT = Edit("routing", replace={
    "app = Flask(__name__)": (
        "from werkzeug.routing import IntegerConverter\n\n\n"
        "class AsciiInt(IntegerConverter):\n    regex = r'[0-9]+'\n\n\n"
        "app = Flask(__name__)\napp.url_map.converters['int'] = AsciiInt"
    ),
})

app, spec_python_api = build(EDIT)
