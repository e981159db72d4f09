"""Mutant flash_first_only: the index shows the first message only (req.flash('info')[0] in Express, messages.first in a Rails view)"""

from mutants.kit import Edit, build

RULES = ['flashing.1']
BREAKS = "the index shows the first message only (req.flash('info')[0] in Express, messages.first in a Rails view)"

EDIT = Edit("flashing", templates={"index.html": {"get_flashed_messages()": "get_flashed_messages()[:1]"}})

app, spec_python_api = build(EDIT)
