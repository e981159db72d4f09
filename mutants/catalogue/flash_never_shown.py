"""Mutant flash_never_shown: the index never shows the flashed messages"""

from mutants.kit import Edit, build

RULES = ['flashing.1']
BREAKS = 'the index never shows the flashed messages'

EDIT = Edit("flashing", templates={"index.html": {"get_flashed_messages()": "[]"}})

app, spec_python_api = build(EDIT)
