"""Mutant log_error_dropped: app.logger.error() is never called"""

from mutants.kit import Edit, build

RULES = ['logging.1']
BREAKS = 'app.logger.error() is never called'

EDIT = Edit("logging", replace={"    app.logger.error('An error occurred')\n": ""})

app, spec_python_api = build(EDIT)
