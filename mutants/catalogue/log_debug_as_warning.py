"""Mutant log_debug_as_warning: the debug call is ported to a logger with fewer levels (Go's standard log, a warn-or-error logger): it logs at WARNING"""

from mutants.kit import Edit, build

RULES = ['logging.2']
BREAKS = "the debug call is ported to a logger with fewer levels (Go's standard log, a warn-or-error logger): it logs at WARNING"

EDIT = Edit("logging", replace={"app.logger.debug(": "app.logger.warning("})

app, spec_python_api = build(EDIT)
