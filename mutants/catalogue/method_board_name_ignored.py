"""Mutant method_board_name_ignored: every board name reaches one list of messages (a port with one global `messages = []`): a message posted to one board shows on all, DELETE empties all"""

from mutants.kit import Edit, build

RULES = ['methods.4', 'methods.6']
BREAKS = 'every board name reaches one list of messages (a port with one global `messages = []`): a message posted to one board shows on all, DELETE empties all'

EDIT = Edit("methods", replace={"def board(name):\n": "def board(name):\n    name = 'the board'  # one list for every name\n"})

app, spec_python_api = build(EDIT)
