"""Mutant route_int_kept_as_text: the id is matched as digits but never converted to an integer"""

from mutants.kit import Edit, build

RULES = ['routing.5']
BREAKS = ("the id is matched as digits but passed on as text, as Express's /post/:id(\\d+) with 'Post ' + req.params.id "
          "and Go's r.PathValue do: /post/042 reads 'Post 042'")

EDIT = Edit("routing", replace={
    "app = Flask(__name__)": (
        "from werkzeug.routing import BaseConverter\n\n\n"
        "class Digits(BaseConverter):\n    regex = r'\\d+'\n\n\n"
        "app = Flask(__name__)\napp.url_map.converters['digits'] = Digits"
    ),
    "<int:post_id>": "<digits:post_id>",
    "return 'Post %d' % post_id": "return 'Post %s' % post_id",
})

app, spec_python_api = build(EDIT)
