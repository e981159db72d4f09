"""Mutant flash_shown_again: the index reads the flashes without taking them: a message shows on every page after"""

from mutants.kit import Edit, build

RULES = ['flashing.1']
BREAKS = 'the index reads the flashes without taking them: a message shows on every page after'

EDIT = Edit("flashing", templates={"index.html": {"get_flashed_messages()": "session.get('_flashes', []) | map('last') | list"}})

app, spec_python_api = build(EDIT)
