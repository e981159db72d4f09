"""Sessions: the session object, stored in a cookie signed with the secret key."""
import os

from flask import Flask, redirect, render_template, request, session, url_for
from markupsafe import escape  # flask.escape, which the document imports, was removed in Flask 3

app = Flask(__name__)


@app.route('/')
def index():
    if 'username' in session:
        return '你好, %s' % escape(session['username'])
    return '请先进行登陆'


@app.route('/login', methods=['GET', 'POST'])
def login():
    if request.method == 'POST':
        session['username'] = request.form['username']
        return redirect(url_for('index'))
    # The document returns nothing on GET; completed with the Flask documentation's form.
    return render_template('session_login.html')


@app.route('/logout')
def logout():
    session.pop('username', None)
    return redirect(url_for('index'))


app.secret_key = os.urandom(24)
