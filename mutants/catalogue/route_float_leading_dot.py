"""Mutant route_float_leading_dot: the float converter accepts '.5'"""

from mutants.kit import Edit, build

RULES = ['routing.8']
BREAKS = "the float needs no digit before its point, as Java's Double.parseDouble, JavaScript's parseFloat and a \\d*\\.\\d+ pattern accept: /float/.5 is served"

EDIT = Edit("routing", replace={
    "app = Flask(__name__)": (
        "from werkzeug.routing import FloatConverter\n\n\n"
        "class DotFloat(FloatConverter):\n    regex = r'\\d*\\.\\d+'\n\n\n"
        "app = Flask(__name__)\napp.url_map.converters['float'] = DotFloat"
    ),
})

app, spec_python_api = build(EDIT)
