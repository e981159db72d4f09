"""Mutant method_post_overwrites: POST replaces what the board held, as PUT does, instead of storing one more"""

from mutants.kit import Edit, build

RULES = ['methods.4']
BREAKS = 'POST replaces what the board held, as PUT does, instead of storing one more'

EDIT = Edit("methods", replace={"boards.setdefault(name, []).append(message)": "boards[name] = [message]"})

app, spec_python_api = build(EDIT)
