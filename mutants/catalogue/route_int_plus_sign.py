"""Mutant route_int_plus_sign: the int converter accepts a leading '+'"""

from mutants.kit import Edit, build

RULES = ['routing.7']
BREAKS = "the id may start with '+', as ASP.NET Core's {id:int} (int.TryParse) and Go's strconv.Atoi accept: /post/+1 reads 'Post 1'"

EDIT = Edit("routing", replace={
    "app = Flask(__name__)": (
        "from werkzeug.routing import IntegerConverter\n\n\n"
        "class PlusInt(IntegerConverter):\n    regex = r'\\+?\\d+'\n\n\n"
        "app = Flask(__name__)\napp.url_map.converters['int'] = PlusInt"
    ),
})

app, spec_python_api = build(EDIT)
