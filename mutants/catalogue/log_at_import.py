"""Mutant log_at_import: the document's three calls are ported as written, at the top of the module: they log once, when the app starts, and never on a request"""

from mutants.kit import Edit, build

RULES = ['logging.1']
BREAKS = "the document's three calls are ported as written, at the top of the module: they log once, when the app starts, and never on a request"

EDIT = Edit(
    "logging",
    replace={
        "    app.logger.debug('A value for debugging')\n    app.logger.warning('A warning occurred (%d apples)', 42)\n    app.logger.error('An error occurred')\n": "",
    },
    append="""
app.logger.debug('A value for debugging')
app.logger.warning('A warning occurred (%d apples)', 42)
app.logger.error('An error occurred')
""",
)

app, spec_python_api = build(EDIT)
