"""The request object: request.form for POSTed fields, request.args for the query string."""
from flask import Flask, render_template, request
from markupsafe import escape

app = Flask(__name__)


@app.route('/login', methods=['POST', 'GET'])
def login():
    error = None
    if request.method == 'POST':
        if valid_login(request.form['username'],
                       request.form['password']):
            return log_the_user_in(request.form['username'])
        else:
            error = 'Invalid username/password'
    return render_template('login.html', error=error)


# The document leaves these two undefined. The one valid account is the flashing example's.
def valid_login(username, password):
    return username == 'admin' and password == '123'


def log_the_user_in(username):
    return 'Logged in as %s' % escape(username)


@app.route('/search')
def search():
    searchword = request.args.get('q', '')
    # Single quotes, so that an absent q visibly reads as ''.
    return "You searched for: '%s'" % escape(searchword)
