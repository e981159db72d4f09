"""Redirects and errors: redirect(), abort(), and a custom error page."""
from collections import Counter

from flask import Flask, abort, redirect, render_template, request, url_for

app = Flask(__name__)

# How often the code after abort() ran, per probe (the request's `probe` query argument): it never
# should. /after-abort shows the count, /without-abort runs the same code with no abort before it.
runs_after_abort = Counter()


@app.route('/')
def index():
    return redirect(url_for('login'))


@app.route('/login')
def login():
    abort(401)
    this_is_never_executed()


# The document leaves this undefined: it counts its runs under the request's probe.
def this_is_never_executed():
    runs_after_abort[request.args.get('probe', '')] += 1
    return 'This page is never shown'


# Not in the document: make "never executed" observable over HTTP, and show it can move.
@app.route('/after-abort')
def after_abort():
    return 'Code after abort ran %d times' % runs_after_abort[request.args.get('probe', '')]


@app.route('/without-abort')
def without_abort():
    this_is_never_executed()
    return 'Code after abort ran %d times' % runs_after_abort[request.args.get('probe', '')]


@app.errorhandler(404)
def page_not_found(error):
    return render_template('page_not_found.html'), 404
