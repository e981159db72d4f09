"""Mutant method_board_deduplicated: a message already on the board is not stored again (a set, Redis SADD, a UNIQUE constraint with INSERT OR IGNORE)"""

from mutants.kit import Edit, build

RULES = ['methods.4']
BREAKS = 'a message already on the board is not stored again (a set, Redis SADD, a UNIQUE constraint with INSERT OR IGNORE)'

EDIT = Edit("methods", replace={"        boards.setdefault(name, []).append(message)": "        if message not in boards.setdefault(name, []):\n            boards[name].append(message)"})

app, spec_python_api = build(EDIT)
