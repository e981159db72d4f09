"""Mutant log_warning_as_error: the warning is logged at level ERROR"""

from mutants.kit import Edit, build

RULES = ['logging.1']
BREAKS = 'the warning is logged at level ERROR'

EDIT = Edit("logging", replace={"app.logger.warning(": "app.logger.error("})

app, spec_python_api = build(EDIT)
