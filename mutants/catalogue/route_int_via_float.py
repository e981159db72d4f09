"""Mutant route_int_via_float: the id is read through a double-precision float"""

from mutants.kit import Edit, build

RULES = ['routing.7']
BREAKS = ("the id is read through a double, as JavaScript's Number() and parseInt() do: "
          "/post/12345678901234567890 reads a rounded number")

EDIT = Edit("routing", replace={
    "app = Flask(__name__)": (
        "from werkzeug.routing import IntegerConverter\n\n\n"
        "class DoubleInt(IntegerConverter):\n"
        "    def to_python(self, value):\n"
        "        return int(float(value))\n\n\n"
        "app = Flask(__name__)\napp.url_map.converters['int'] = DoubleInt"
    ),
})

app, spec_python_api = build(EDIT)
