"""Mutant flash_deduplicated: the same message flashed twice shows once"""

from mutants.kit import Edit, build

RULES = ['flashing.1', 'flashing.7']
BREAKS = 'the same message flashed twice shows once'

EDIT = Edit("flashing", templates={"index.html": {"get_flashed_messages()": "get_flashed_messages() | unique | list"}})

app, spec_python_api = build(EDIT)
