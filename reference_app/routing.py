"""Routing: route() binds a function to a URL; variable parts and converters."""
from flask import Flask
from markupsafe import escape

app = Flask(__name__)


@app.route('/')
def index():
    return 'Index Page'


@app.route('/hello')
def hello():
    return 'Hello World'


@app.route('/user/<username>')
def show_user_profile(username):
    # show the user profile for that user
    # The name is shown as text: escaped, as the current Flask documentation does.
    return 'User %s' % escape(username)


@app.route('/post/<int:post_id>')
def show_post(post_id):
    # show the post with the given id, the id is an integer
    return 'Post %d' % post_id


# The document names converters without showing them; one route per converter makes each observable.
@app.route('/float/<float:value>')
def show_float(value):
    return 'Float %r' % value


@app.route('/path/<path:subpath>')
def show_path(subpath):
    return 'Path %s' % escape(subpath)


@app.route('/uuid/<uuid:ident>')
def show_uuid(ident):
    return 'UUID %s' % ident


# Trailing slashes, as the Flask documentation shows them: a rule ending in a slash
# redirects the URL without it to the slashed one.
@app.route('/projects/')
def projects():
    return 'The project page'


# A rule without one: with a slash added, the URL is not found.
@app.route('/about')
def about():
    return 'The about page'
