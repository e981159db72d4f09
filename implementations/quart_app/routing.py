"""Routing: route() binds a coroutine to a URL; Werkzeug's variable parts and converters, as in Flask."""
from markupsafe import escape
from quart import Quart

app = Quart(__name__)


@app.route('/')
async def index():
    return 'Index Page'


@app.route('/hello')
async def hello():
    return 'Hello World'


@app.route('/user/<username>')
async def show_user_profile(username):
    return 'User %s' % escape(username)


@app.route('/post/<int:post_id>')
async def show_post(post_id):
    return 'Post %d' % post_id


@app.route('/float/<float:value>')
async def show_float(value):
    return 'Float %r' % value


@app.route('/path/<path:subpath>')
async def show_path(subpath):
    return 'Path %s' % escape(subpath)


@app.route('/uuid/<uuid:ident>')
async def show_uuid(ident):
    return 'UUID %s' % ident


@app.route('/projects/')
async def projects():
    return 'The project page'


@app.route('/about')
async def about():
    return 'The about page'
