"""Redirects and errors: redirect(), abort(), and a custom error page."""
from flask import Flask, abort, redirect, render_template, url_for

app = Flask(__name__)

# How often code after abort() ran: it never should. Shown at /after-abort.
executed_after_abort = 0


@app.route('/')
def index():
    return redirect(url_for('login'))


@app.route('/login')
def login():
    abort(401)
    this_is_never_executed()


def this_is_never_executed():
    global executed_after_abort
    executed_after_abort += 1
    return 'This page is never shown'


# Not in the document: makes "never executed" observable over HTTP.
@app.route('/after-abort')
def after_abort():
    return 'Code after abort ran %d times' % executed_after_abort


@app.errorhandler(404)
def page_not_found(error):
    return render_template('page_not_found.html'), 404
