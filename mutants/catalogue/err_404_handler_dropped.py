"""Mutant err_404_handler_dropped: no errorhandler(404): the default Not Found page"""

from mutants.kit import Edit, build

RULES = ['redirects.3']
BREAKS = 'no errorhandler(404): the default Not Found page'

EDIT = Edit("redirects", replace={"@app.errorhandler(404)\n": ""})

app, spec_python_api = build(EDIT)
