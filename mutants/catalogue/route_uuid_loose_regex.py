"""Mutant route_uuid_loose_regex: any 36 hex digits and hyphens count as a UUID"""

from mutants.kit import Edit, build

RULES = ['routing.10']
BREAKS = ("any 36 hex digits and hyphens, in any arrangement, count as a UUID, as a loose [0-9a-f-]{36} constraint "
          "(Rails, Express) and Java's lenient UUID.fromString accept")

EDIT = Edit("routing", replace={
    "app = Flask(__name__)": (
        "import uuid\n\n"
        "from werkzeug.routing import BaseConverter\n\n\n"
        "class LooseUUID(BaseConverter):\n"
        "    regex = r'[0-9A-Fa-f-]{36}'\n\n"
        "    def to_python(self, value):\n"
        "        return uuid.UUID(value.replace('-', ''))\n\n\n"
        "app = Flask(__name__)\napp.url_map.converters['uuid'] = LooseUUID"
    ),
})

app, spec_python_api = build(EDIT)
