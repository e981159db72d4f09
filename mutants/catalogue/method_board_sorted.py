"""Mutant method_board_sorted: the board lists its messages sorted, not in the order posted (a Redis sorted set or a Python set, SQL without ORDER BY on an indexed column)"""

from mutants.kit import Edit, build

RULES = ['methods.4']
BREAKS = 'the board lists its messages sorted, not in the order posted (a Redis sorted set or a Python set, SQL without ORDER BY on an indexed column)'

EDIT = Edit("methods", replace={"for message in boards[name])": "for message in sorted(boards[name]))"})

app, spec_python_api = build(EDIT)
