"""Mutant route_uuid_by_python_uuid: /uuid/<ident> parsed with Python's uuid.UUID(): 32 hex digits without hyphens match"""

from mutants.kit import Edit, build

RULES = ['routing.10']
BREAKS = "/uuid/<ident> parsed with Python's uuid.UUID(): 32 hex digits without hyphens match"

EDIT = Edit("routing", replace={
    "@app.route('/uuid/<uuid:ident>')\ndef show_uuid(ident):": (
        "@app.route('/uuid/<ident>')\n"
        "def show_uuid(ident):\n"
        "    import uuid\n"
        "    from flask import abort\n"
        "    try:\n"
        "        ident = uuid.UUID(ident)\n"
        "    except ValueError:\n"
        "        abort(404)"
    ),
})

app, spec_python_api = build(EDIT)
