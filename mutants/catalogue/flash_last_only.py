"""Mutant flash_last_only: one message slot, each flash overwriting the last (PHP's $_SESSION['flash'] = ..., Rails' flash[:notice] = ...): only the newest shows"""

from mutants.kit import Edit, build

RULES = ['flashing.1', 'flashing.7']
BREAKS = "one message slot, each flash overwriting the last (PHP's $_SESSION['flash'] = ..., Rails' flash[:notice] = ...): only the newest shows"

EDIT = Edit("flashing", templates={"index.html": {"get_flashed_messages()": "get_flashed_messages()[-1:]"}})

app, spec_python_api = build(EDIT)
