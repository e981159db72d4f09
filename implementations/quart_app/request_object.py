"""The request object: the form is awaited in Quart (the body arrives asynchronously); args are not."""
from markupsafe import escape
from quart import Quart, render_template, request

app = Quart(__name__)


@app.route('/login', methods=['POST', 'GET'])
async def login():
    error = None
    if request.method == 'POST':
        form = await request.form
        if valid_login(form['username'], form['password']):
            return log_the_user_in(form['username'])
        else:
            error = 'Invalid username/password'
    return await render_template('login.html', error=error)


def valid_login(username, password):
    return username == 'admin' and password == '123'


def log_the_user_in(username):
    return 'Logged in as %s' % escape(username)


@app.route('/search')
async def search():
    searchword = request.args.get('q', '')
    return "You searched for: '%s'" % escape(searchword)
