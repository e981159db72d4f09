"""Mutant log_args_not_interpolated: the %d is never filled in (winston without format.splat(), a logger that takes no arguments): the line says 'A warning occurred (%d apples)'"""

from mutants.kit import Edit, build

RULES = ['logging.1']
BREAKS = "the %d is never filled in (winston without format.splat(), a logger that takes no arguments): the line says 'A warning occurred (%d apples)'"

EDIT = Edit("logging", replace={"app.logger.warning('A warning occurred (%d apples)', 42)": "app.logger.warning('A warning occurred (%%d apples)', 42)"})

app, spec_python_api = build(EDIT)
