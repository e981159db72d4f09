"""Mutant log_warning_as_info: the warning is logged at INFO, the level every record gets (Go's log.Printf, console.log in Express, Spring's default INFO)"""

from mutants.kit import Edit, build

RULES = ['logging.1']
BREAKS = "the warning is logged at INFO, the level every record gets (Go's log.Printf, console.log in Express, Spring's default INFO)"

EDIT = Edit("logging", replace={"app.logger.warning(": "app.logger.info("}, append="""
import logging

app.logger.setLevel(logging.INFO)
""")

app, spec_python_api = build(EDIT)
