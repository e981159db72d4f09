"""Cookies: request.cookies to read them, set_cookie() on a response to store one."""
from flask import Flask, make_response, render_template, request

app = Flask(__name__)


# Reading cookies. The document's view stops after the read; it shows what it read.
@app.route('/')
def index():
    username = request.cookies.get('username')
    return render_template('cookie.html', username=username)


# Storing cookies. The document defines this view at '/' too; here it has its own URL.
@app.route('/store')
def store():
    resp = make_response(render_template('cookie.html', stored=True))
    resp.set_cookie('username', 'the username')
    return resp
