"""Mutant log_error_as_critical: the error is logged at CRITICAL (logger.fatal in Rails and log4j, Python's logging.fatal): the line names no ERROR"""

from mutants.kit import Edit, build

RULES = ['logging.1']
BREAKS = "the error is logged at CRITICAL (logger.fatal in Rails and log4j, Python's logging.fatal): the line names no ERROR"

EDIT = Edit("logging", replace={"app.logger.error(": "app.logger.critical("})

app, spec_python_api = build(EDIT)
