"""Mutant flash_reversed: messages show newest first"""

from mutants.kit import Edit, build

RULES = ['flashing.1']
BREAKS = 'messages show newest first'

EDIT = Edit("flashing", templates={"index.html": {"get_flashed_messages()": "get_flashed_messages() | reverse | list"}})

app, spec_python_api = build(EDIT)
