"""Mutant log_debug_shown: the logger's level is DEBUG: the debug message is logged by default"""

from mutants.kit import Edit, build

RULES = ['logging.2']
BREAKS = "the logger's level is DEBUG: the debug message is logged by default"

EDIT = Edit("logging", append="""
import logging

app.logger.setLevel(logging.DEBUG)
""")

app, spec_python_api = build(EDIT)
