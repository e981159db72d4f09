"""Building URLs: url_for() takes the endpoint name and the rule's variable parts."""
from flask import Flask, abort, request, url_for
from markupsafe import escape
from werkzeug.routing import BuildError

app = Flask(__name__)


# The document's views only `pass` (a view must return something): they answer text here.
@app.route('/')
def index():
    return 'Index Page'


@app.route('/login')
def login():
    return 'Login Page'


@app.route('/user/<username>')
def profile(username):
    return 'User %s' % escape(username)


# Not in the document: url_for made observable over HTTP, so that an implementation in any
# language can be held to it. Every query argument but `endpoint` is passed to url_for.
@app.route('/url-for')
def built_url():
    values = request.args.to_dict()
    endpoint = values.pop('endpoint', None)
    if endpoint is None:
        abort(400, 'Name the endpoint: /url-for?endpoint=<name>&<argument>=<value>...')
    try:
        return url_for(endpoint, **values), {'Content-Type': 'text/plain; charset=utf-8'}
    except BuildError:
        abort(400, 'No URL can be built for endpoint %r with %s' % (endpoint, sorted(values)))
