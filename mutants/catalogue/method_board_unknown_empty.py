"""Mutant method_board_unknown_empty: a board never written answers 200 with an empty list (defaultdict, boards.get(name, []), Rails find_or_initialize_by), not 404"""

from mutants.kit import Edit, build

RULES = ['methods.7']
BREAKS = 'a board never written answers 200 with an empty list (defaultdict, boards.get(name, []), Rails find_or_initialize_by), not 404'

EDIT = Edit("methods", replace={"    if name not in boards:\n        abort(404)\n": "    boards.setdefault(name, [])\n"})

app, spec_python_api = build(EDIT)
