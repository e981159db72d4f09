"""HTTP methods: GET by default; methods=[...] changes that; HEAD and OPTIONS come for free."""
from markupsafe import escape
from quart import Quart, abort, render_template, request

app = Quart(__name__)


@app.route('/login', methods=['GET', 'POST'])
async def login():
    if request.method == 'POST':
        return await do_the_login()
    else:
        return await show_the_login_form()


async def do_the_login():
    form = await request.form
    return 'Logged in as %s' % escape(form['username'])


async def show_the_login_form():
    return await render_template('login.html', error=None)


@app.route('/')
async def index():
    return 'Index Page'


# Boards, kept in memory by this process: one event loop, so no lock is needed between awaits
# that do not touch them.
boards = {}


@app.route('/boards/<name>', methods=['GET', 'POST', 'PUT', 'DELETE'])
async def board(name):
    if request.method == 'POST':
        message = (await request.form)['message']
        boards.setdefault(name, []).append(message)
        return render_board(name), 201
    if request.method == 'PUT':
        boards[name] = [(await request.form)['message']]
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
