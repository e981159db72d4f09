"""Mutant flash_read_on_every_request: every request takes the messages for its page (Express's res.locals.messages = req.flash() middleware): a page that does not show them loses them"""

from mutants.kit import Edit, build

RULES = ['flashing.7']
BREAKS = "every request takes the messages for its page (Express's res.locals.messages = req.flash() middleware): a page that does not show them loses them"

EDIT = Edit(
    "flashing",
    templates={"index.html": {"get_flashed_messages()": "g.messages"}},
    append="""
from flask import g, get_flashed_messages


@app.before_request
def take_messages():
    g.messages = get_flashed_messages()
""",
)

app, spec_python_api = build(EDIT)
