"""Mutant log_first_request_only: the messages are logged once per process, on the first request (Go's sync.Once, a 'logged' flag, a before_first_request hook)"""

from mutants.kit import Edit, build

RULES = ['logging.1']
BREAKS = "the messages are logged once per process, on the first request (Go's sync.Once, a 'logged' flag, a before_first_request hook)"

EDIT = Edit(
    "logging",
    replace={"def index():\n    app.logger.debug(": "def index():\n    if app.config.setdefault('LOGGED', 0):\n        return 'Logged three messages'\n    app.config['LOGGED'] = 1\n    app.logger.debug("},
)

app, spec_python_api = build(EDIT)
