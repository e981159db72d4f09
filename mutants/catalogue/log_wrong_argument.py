"""Mutant log_wrong_argument: the warning is logged with 41 apples, not 42"""

from mutants.kit import Edit, build

RULES = ['logging.1']
BREAKS = 'the warning is logged with 41 apples, not 42'

EDIT = Edit("logging", replace={"'A warning occurred (%d apples)', 42": "'A warning occurred (%d apples)', 41"})

app, spec_python_api = build(EDIT)
