"""Mutant flash_sorted: messages are kept in a sorted set (Java's TreeSet, a Redis sorted set): they show sorted, not in the order flashed"""

from mutants.kit import Edit, build

RULES = ['flashing.1']
BREAKS = "messages are kept in a sorted set (Java's TreeSet, a Redis sorted set): they show sorted, not in the order flashed"

EDIT = Edit("flashing", templates={"index.html": {"get_flashed_messages()": "get_flashed_messages() | sort"}})

app, spec_python_api = build(EDIT)
