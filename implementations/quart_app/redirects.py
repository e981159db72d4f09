"""Redirects and errors: redirect(), abort(), and a custom error page."""
from collections import Counter

from quart import Quart, abort, redirect, render_template, request, url_for

app = Quart(__name__)

# How often the code after abort() ran, per probe (the request's `probe` query argument).
runs_after_abort = Counter()


@app.route('/')
async def index():
    return redirect(url_for('login'))


@app.route('/login')
async def login():
    abort(401)
    this_is_never_executed()


def this_is_never_executed():
    runs_after_abort[request.args.get('probe', '')] += 1
    return 'This page is never shown'


@app.route('/after-abort')
async def after_abort():
    return 'Code after abort ran %d times' % runs_after_abort[request.args.get('probe', '')]


@app.route('/without-abort')
async def without_abort():
    this_is_never_executed()
    return 'Code after abort ran %d times' % runs_after_abort[request.args.get('probe', '')]


@app.errorhandler(404)
async def page_not_found(error):
    return await render_template('page_not_found.html'), 404
