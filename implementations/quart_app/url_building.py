"""Building URLs: url_for() takes the endpoint name and the rule's variable parts."""
from markupsafe import escape
from quart import Quart, abort, request, url_for
from werkzeug.routing import BuildError

app = Quart(__name__)


@app.route('/')
async def index():
    return 'Index Page'


@app.route('/login')
async def login():
    return 'Login Page'


@app.route('/user/<username>')
async def profile(username):
    return 'User %s' % escape(username)


# The contract's /url-for: url_for made observable over HTTP. Every query argument but `endpoint`
# is passed to url_for.
@app.route('/url-for')
async def built_url():
    values = request.args.to_dict()
    endpoint = values.pop('endpoint', None)
    if endpoint is None:
        abort(400, 'Name the endpoint: /url-for?endpoint=<name>&<argument>=<value>...')
    try:
        return url_for(endpoint, **values), {'Content-Type': 'text/plain; charset=utf-8'}
    except BuildError:
        abort(400, 'No URL can be built for endpoint %r with %s' % (endpoint, sorted(values)))
