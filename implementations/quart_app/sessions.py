"""Sessions: the session object, stored in a cookie signed with the secret key."""
import os

from markupsafe import escape
from quart import Quart, redirect, render_template, request, session, url_for

app = Quart(__name__)


@app.route('/')
async def index():
    if 'username' in session:
        return '你好, %s' % escape(session['username'])
    return '请先进行登陆'


@app.route('/login', methods=['GET', 'POST'])
async def login():
    if request.method == 'POST':
        session['username'] = (await request.form)['username']
        return redirect(url_for('index'))
    return await render_template('session_login.html')


@app.route('/logout')
async def logout():
    session.pop('username', None)
    return redirect(url_for('index'))


app.secret_key = os.urandom(24)
