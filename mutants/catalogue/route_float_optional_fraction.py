"""Mutant route_float_optional_fraction: the float's point and fraction are optional"""

from mutants.kit import Edit, build

RULES = ['routing.8']
BREAKS = "the float pattern makes the fraction optional, \\d+(\\.\\d+)?, as hand-written Express, Rails and Django number patterns do: /float/42 is served"

EDIT = Edit("routing", replace={
    "app = Flask(__name__)": (
        "from werkzeug.routing import FloatConverter\n\n\n"
        "class NumberFloat(FloatConverter):\n    regex = r'\\d+(?:\\.\\d+)?'\n\n\n"
        "app = Flask(__name__)\napp.url_map.converters['float'] = NumberFloat"
    ),
})

app, spec_python_api = build(EDIT)
