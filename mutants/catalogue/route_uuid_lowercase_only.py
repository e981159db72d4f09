"""Mutant route_uuid_lowercase_only: the uuid converter takes lower-case hex digits only"""

from mutants.kit import Edit, build

RULES = ['routing.10']
BREAKS = "the uuid converter takes lower-case hex digits only, as Django's uuid path converter does: an upper-case UUID is not found"

EDIT = Edit("routing", replace={
    "app = Flask(__name__)": (
        "from werkzeug.routing import UUIDConverter\n\n\n"
        "class LowerUUID(UUIDConverter):\n"
        "    regex = r'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'\n\n\n"
        "app = Flask(__name__)\napp.url_map.converters['uuid'] = LowerUUID"
    ),
})

app, spec_python_api = build(EDIT)
