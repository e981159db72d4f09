"""Mutant log_debug_mode_on: the app runs in debug mode (app.run(debug=True) or FLASK_DEBUG=1 left on): Flask's logger logs DEBUG"""

from mutants.kit import Edit, build

RULES = ['logging.2']
BREAKS = "the app runs in debug mode (app.run(debug=True) or FLASK_DEBUG=1 left on): Flask's logger logs DEBUG"

EDIT = Edit("logging", append="app.debug = True")

app, spec_python_api = build(EDIT)
