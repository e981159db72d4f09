"""Mutant route_int_octal: a leading 0 makes the id octal, as Ruby's Integer() reads it"""

from mutants.kit import Edit, build

RULES = ['routing.5']
BREAKS = "a leading 0 makes the id octal, as Ruby's Integer() and C's strtol(s, NULL, 0) read it: /post/042 reads 'Post 34'"

EDIT = Edit("routing", replace={
    "app = Flask(__name__)": (
        "from werkzeug.routing import IntegerConverter\n\n\n"
        "class OctalInt(IntegerConverter):\n"
        "    def to_python(self, value):\n"
        "        return int(value, 8) if len(value) > 1 and value.startswith('0') else int(value)\n\n\n"
        "app = Flask(__name__)\napp.url_map.converters['int'] = OctalInt"
    ),
})

app, spec_python_api = build(EDIT)
