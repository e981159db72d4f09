"""Mutant log_format_without_level: the log format drops the level name: a line holds the message alone"""

from mutants.kit import Edit, build

RULES = ['logging.1']
BREAKS = 'the log format drops the level name: a line holds the message alone'

EDIT = Edit("logging", append="""
import logging

from flask.logging import default_handler

default_handler.setFormatter(logging.Formatter('%(message)s'))
""")

app, spec_python_api = build(EDIT)
