"""Mutant flash_next_request_only: a flash lives for the next request only (Rails, Laravel): a request that shows no messages drops them"""

from mutants.kit import Edit, build

RULES = ['flashing.7']
BREAKS = 'a flash lives for the next request only (Rails, Laravel): a request that shows no messages drops them'

EDIT = Edit("flashing", append="""
from flask import g, session


@app.before_request
def remember_waiting():
    g.waiting = len(session.get('_flashes', []))


@app.after_request
def drop_what_waited(response):
    if '_flashes' in session and g.waiting:
        session['_flashes'] = session['_flashes'][g.waiting:]
        if not session['_flashes']:
            session.pop('_flashes')
    return response
""")

app, spec_python_api = build(EDIT)
