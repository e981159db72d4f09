"""HTTP methods: GET by default; methods=[...] changes that; HEAD and OPTIONS come for free."""
from flask import Flask, abort, render_template, request
from markupsafe import escape

app = Flask(__name__)


@app.route('/login', methods=['GET', 'POST'])
def login():
    if request.method == 'POST':
        return do_the_login()
    else:
        return show_the_login_form()


# The document leaves these two undefined; completed as the Flask documentation does.
def do_the_login():
    return 'Logged in as %s' % escape(request.form['username'])


def show_the_login_form():
    return render_template('login.html', error=None)


# GET only, the default.
@app.route('/')
def index():
    return 'Index Page'


# A resource that shows what POST, PUT and DELETE mean (METHOD-5..7). Boards are kept in memory
# per process; each scenario uses a board name of its own.
boards = {}


@app.route('/boards/<name>', methods=['GET', 'POST', 'PUT', 'DELETE'])
def board(name):
    if request.method == 'POST':
        # New information: stored once per request. The field is read before the board is touched:
        # a POST without it is refused (400) and leaves no board behind.
        message = request.form['message']
        boards.setdefault(name, []).append(message)
        return render_board(name), 201
    if request.method == 'PUT':
        # The whole state at this location: repeating it leaves the same state.
        boards[name] = [request.form['message']]
        return render_board(name)
    if name not in boards:
        abort(404)
    if request.method == 'DELETE':
        del boards[name]
        return '', 204
    return render_board(name)


def render_board(name):
    items = ''.join('<li>%s</li>' % escape(message) for message in boards[name])
    return '<h1>Board %s</h1><ul>%s</ul>' % (escape(name), items)
