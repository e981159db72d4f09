"""Mutant method_board_newest_first: the board lists the newest message first (Rails order(created_at: :desc), Redis LPUSH then LRANGE)"""

from mutants.kit import Edit, build

RULES = ['methods.4']
BREAKS = 'the board lists the newest message first (Rails order(created_at: :desc), Redis LPUSH then LRANGE)'

EDIT = Edit("methods", replace={"boards.setdefault(name, []).append(message)": "boards.setdefault(name, []).insert(0, message)"})

app, spec_python_api = build(EDIT)
