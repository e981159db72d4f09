"""Equivalent log_json_lines: the log is JSON, one object a line, with the level in lower case."""

from mutants.kit import Edit, build

RULES = ['logging.1', 'logging.2']
ALLOWS = (
    "a structured logger writing one JSON object a line, the level as a lower-case word "
    "(structlog, pino with formatters.level, Serilog's compact JSON with a level name)"
)

EDIT = Edit("logging", append="""
import json
import logging

from flask.logging import default_handler


class JsonLines(logging.Formatter):
    def format(self, record):
        return json.dumps({'time': self.formatTime(record), 'level': record.levelname.lower(),
                           'logger': record.name, 'msg': record.getMessage()}, ensure_ascii=False)


default_handler.setFormatter(JsonLines())
""")

app, spec_python_api = build(EDIT)
