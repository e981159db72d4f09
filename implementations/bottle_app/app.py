"""The Flask quickstart's contract (features/CONTRACT.md), written with Bottle 0.13.

One Bottle app per section of the document, each mounted under its prefix by `app` at the end.
Where Bottle behaves differently from Flask and a Bottle app normally lives with it (no automatic
OPTIONS, 405 lists only the routed methods, no trailing-slash redirect, get_url does not
percent-encode, static_file answers 403 for a path outside its root), this app leaves Bottle's
behaviour as it is: expectations.json names each scenario that fails because of it.
"""
import atexit
import logging
import os
import shutil
import tempfile
import uuid

import bottle
from bottle import (Bottle, RouteBuildError, abort, html_escape, redirect, request, response,
                    static_file, template)

from signed_session import SignedCookieSession

HERE = os.path.dirname(os.path.abspath(__file__))
STATIC = os.path.join(HERE, 'static')
# Bottle looks for templates relative to the working directory by default.
bottle.TEMPLATE_PATH.insert(0, os.path.join(HERE, 'views'))


def form_field(name):
    """A field of the POSTed form, decoded as UTF-8.

    Bottle's request.forms[name] raises KeyError (a 500) for a missing field and returns latin-1
    text; a form without a field the view needs is the client's mistake: 400.
    """
    value = request.forms.getunicode(name)
    if value is None:
        abort(400, 'The form has no field %r.' % name)
    return value


def serve_static(filename):
    return static_file(filename, root=STATIC)


# ---- /minimal: the document's hello.py ----------------------------------------------------------

minimal = Bottle()


@minimal.route('/')
def hello_world():
    return 'Hello World!'


# ---- /routing: rules, wildcards and filters -------------------------------------------------------

routing = Bottle()
# Bottle's own int filter accepts '-1' and its float filter accepts '42'; the document's
# converters take non-negative digits, and a float needs its decimal point.
routing.router.add_filter('uint', lambda conf: (r'\d+', int, str))
routing.router.add_filter('ufloat', lambda conf: (r'\d+\.\d+', float, str))
routing.router.add_filter(
    'uuid', lambda conf: (r'[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}', uuid.UUID, str))


@routing.route('/')
def index():
    return 'Index Page'


@routing.route('/hello')
def hello():
    return 'Hello World'


@routing.route('/user/<username>')
def show_user_profile(username):
    return 'User %s' % html_escape(username)


@routing.route('/post/<post_id:uint>')
def show_post(post_id):
    return 'Post %d' % post_id


@routing.route('/float/<value:ufloat>')
def show_float(value):
    return 'Float %r' % value


@routing.route('/path/<subpath:path>')
def show_path(subpath):
    return 'Path %s' % html_escape(subpath)


@routing.route('/uuid/<ident:uuid>')
def show_uuid(ident):
    return 'UUID %s' % ident


# Bottle matches rules literally: /projects (no slash) is not found, it is not redirected.
@routing.route('/projects/')
def projects():
    return 'The project page'


@routing.route('/about')
def about():
    return 'The about page'


# ---- /url-building: named routes and get_url ----------------------------------------------------

url_building = Bottle()


@url_building.route('/', name='index')
def url_index():
    return 'Index Page'


@url_building.route('/login', name='login')
def url_login():
    return 'Login Page'


@url_building.route('/user/<username>', name='profile')
def profile(username):
    return 'User %s' % html_escape(username)


url_building.route('/static/<filename:path>', name='static', callback=serve_static)


# The contract's window on URL building: every query argument but `endpoint` goes to get_url.
@url_building.route('/url-for')
def built_url():
    values = dict(request.query.decode().items())
    endpoint = values.pop('endpoint', None)
    if endpoint is None:
        abort(400, 'Name the endpoint: /url-for?endpoint=<name>&<argument>=<value>...')
    try:
        url = url_building.get_url(endpoint, **values)
    except RouteBuildError:
        abort(400, 'No URL can be built for the route %r with %s' % (endpoint, sorted(values)))
    response.content_type = 'text/plain; charset=utf-8'
    return url


# ---- /methods: one handler per method -------------------------------------------------------------

methods = Bottle()


@methods.get('/')
def methods_index():
    return 'Index Page'


@methods.get('/login')
def show_the_login_form():
    return template('login', error=None)


@methods.post('/login')
def do_the_login():
    return 'Logged in as %s' % html_escape(form_field('username'))


# A message board per name, in memory, to show what POST, PUT and DELETE do.
boards = {}


def render_board(name):
    items = ''.join('<li>%s</li>' % html_escape(message) for message in boards[name])
    return '<h1>Board %s</h1><ul>%s</ul>' % (html_escape(name), items)


@methods.get('/boards/<name>')
def show_board(name):
    if name not in boards:
        abort(404, 'There is no board %r.' % name)
    return render_board(name)


@methods.post('/boards/<name>')
def post_to_board(name):
    message = form_field('message')  # read first: a refused POST must not leave an empty board behind
    boards.setdefault(name, []).append(message)
    response.status = 201
    return render_board(name)


@methods.put('/boards/<name>')
def put_on_board(name):
    boards[name] = [form_field('message')]
    return render_board(name)


@methods.delete('/boards/<name>')
def delete_board(name):
    if boards.pop(name, None) is None:
        abort(404, 'There is no board %r.' % name)
    response.status = 204
    return ''


# ---- /static-files: static_file under /static ------------------------------------------------------

static_files = Bottle()
static_files.route('/static/<filename:path>', name='static', callback=serve_static)


@static_files.route('/')
def styled_page():
    return template('styled', stylesheet=static_files.get_url('static', filename='style.css'))


# ---- /templates: SimpleTemplate, which escapes {{...}} ---------------------------------------------

templates = Bottle()


@templates.route('/hello/')
@templates.route('/hello/<name>')
def hello_template(name=None):
    return template('hello', name=name)


# ---- /request: request.forms and request.query -----------------------------------------------------

request_object = Bottle()


@request_object.route('/login', method=['GET', 'POST'])
def request_login():
    error = None
    if request.method == 'POST':
        username, password = form_field('username'), form_field('password')
        if valid_login(username, password):
            return log_the_user_in(username)
        error = 'Invalid username/password'
    return template('login', error=error)


def valid_login(username, password):
    return username == 'admin' and password == '123'


def log_the_user_in(username):
    return 'Logged in as %s' % html_escape(username)


@request_object.route('/search')
def search():
    searchword = request.query.q  # attribute access: decoded, '' when absent
    return "You searched for: '%s'" % html_escape(searchword)


# ---- /uploads: request.files, FileUpload.save() and a size limit ------------------------------------

uploads = Bottle()
ALLOWED_EXTENSIONS = {'txt', 'pdf', 'png', 'jpg', 'jpeg', 'gif'}
MAX_CONTENT_LENGTH = 16 * 1024 * 1024


def _temporary_upload_folder():
    folder = tempfile.mkdtemp(prefix='bottle-quickstart-uploads-')
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


UPLOAD_FOLDER = os.environ.get('QUICKSTART_UPLOAD_FOLDER') or _temporary_upload_folder()


# Bottle has no request size limit of its own (MEMFILE_MAX only moves big bodies to disk).
@uploads.hook('before_request')
def limit_request_size():
    if request.content_length > MAX_CONTENT_LENGTH:
        abort(413, 'A request body may hold %d bytes at most.' % MAX_CONTENT_LENGTH)


def allowed_file(filename):
    return '.' in filename and filename.rsplit('.', 1)[1] in ALLOWED_EXTENSIONS


@uploads.get('/')
def upload_form():
    return template('upload')


@uploads.post('/')
def upload_file():
    upload = request.files.get('file')
    if upload is None:  # a form sent without multipart/form-data, or with no file chosen
        abort(400, 'No file in the field "file": was the form sent as multipart/form-data?')
    # Checked on the name as sent; saved under FileUpload.filename, Bottle's safe form of it.
    if not allowed_file(upload.raw_filename):
        abort(400, 'Only these file types are accepted: %s' % ', '.join(sorted(ALLOWED_EXTENSIONS)))
    os.makedirs(UPLOAD_FOLDER, exist_ok=True)
    upload.save(UPLOAD_FOLDER, overwrite=True)
    redirect(uploads.get_url('uploaded_file', filename=upload.filename), 302)


@uploads.get('/uploads/<filename>', name='uploaded_file')
def uploaded_file(filename):
    return static_file(filename, root=UPLOAD_FOLDER)


# ---- /cookies: request.cookies and response.set_cookie ---------------------------------------------

cookies = Bottle()


@cookies.route('/')
def read_cookie():
    return template('cookie', stored=False, username=request.cookies.getunicode('username'))


@cookies.route('/store')
def store_cookie():
    response.set_cookie('username', 'the username')
    return template('cookie', stored=True, username=None)


# ---- /sessions: a signed cookie session --------------------------------------------------------------

sessions = Bottle()
session_cookie = SignedCookieSession()


@sessions.route('/', name='index')
def session_index():
    session = session_cookie.load()
    if 'username' in session:
        return '你好, %s' % html_escape(str(session['username']))
    return '请先进行登陆'


@sessions.get('/login')
def session_login_form():
    return template('session_login')


@sessions.post('/login')
def session_login():
    session = session_cookie.load()
    session['username'] = form_field('username')
    session_cookie.save(session)
    redirect(sessions.get_url('index'), 302)


@sessions.route('/logout')
def session_logout():
    session = session_cookie.load()
    session.pop('username', None)
    session_cookie.save(session)
    redirect(sessions.get_url('index'), 302)


# ---- /redirects: redirect(), abort() and an error page -----------------------------------------------

redirects = Bottle()
# Runs of the code after abort(), counted per the request's `probe` argument (the contract's window on it).
executed_after_abort = {}


@redirects.route('/')
def redirect_index():
    # Bottle's redirect() defaults to 303 over HTTP/1.1; the document's redirect is a 302.
    redirect(redirects.get_url('login'), 302)


@redirects.route('/login', name='login')
def redirect_login():
    abort(401, 'You are not allowed here.')
    this_is_never_executed()


def this_is_never_executed():
    probe = request.query.probe
    executed_after_abort[probe] = executed_after_abort.get(probe, 0) + 1
    return 'This page is never shown'


@redirects.route('/after-abort')
def after_abort():
    return 'Code after abort ran %d times' % executed_after_abort.get(request.query.probe, 0)


@redirects.route('/without-abort')
def without_abort():
    this_is_never_executed()
    return 'The code after abort ran, with no abort before it'


@redirects.error(404)
def page_not_found(error):
    return template('page_not_found')


# ---- /flashing: messages kept in the session until a page shows them --------------------------------

flashing = Bottle()
flash_session = SignedCookieSession()


def flash(*messages):
    # One load and one save per request: the session is read from the request's cookie, so a
    # second flash() in the same request would start again from it.
    session = flash_session.load()
    session['_flashes'] = session.get('_flashes', []) + list(messages)
    flash_session.save(session)


@flashing.route('/', name='index')
def flashing_index():
    session = flash_session.load()
    messages = session.pop('_flashes', [])
    if messages:
        flash_session.save(session)
    return template('flash_index', messages=messages, login_url=flashing.get_url('login'))


@flashing.route('/login', method=['GET', 'POST'], name='login')
def flashing_login():
    error = None
    if request.method == 'POST':
        if form_field('username') != 'admin' or form_field('password') != '123':
            error = '用户名或密码错误'
        else:
            flash('登陆成功')
            redirect(flashing.get_url('index'), 302)
    return template('login', error=error)


@flashing.post('/flash')
def flash_message():
    messages = request.forms.decode().getall('message')
    if not messages:
        abort(400, 'The form has no field %r.' % 'message')
    flash(*messages)
    redirect(flashing.get_url('index'), 302)


# ---- /logging: the standard logging module -----------------------------------------------------------

logger = Bottle()
log = logging.getLogger('bottle_app.logging')


@logger.route('/')
def log_three_messages():
    log.debug('A value for debugging')
    log.warning('A warning occurred (%d apples)', 42)
    log.error('An error occurred')
    return 'Logged three messages'


# ---- the mount table ---------------------------------------------------------------------------------

SECTIONS = {
    '/minimal': minimal,
    '/routing': routing,
    '/url-building': url_building,
    '/methods': methods,
    '/static-files': static_files,
    '/templates': templates,
    '/request': request_object,
    '/uploads': uploads,
    '/cookies': cookies,
    '/sessions': sessions,
    '/redirects': redirects,
    '/flashing': flashing,
    '/logging': logger,
}

contents = Bottle()


@contents.route('/')
def list_sections():
    return template('contents', prefixes=list(SECTIONS))


class Sections:
    """Hands each request to the app mounted at its prefix, moved from PATH_INFO to SCRIPT_NAME.

    Not Bottle's mount(): mounting a Bottle app at '/prefix/' merges its routes into the parent
    (the section's error pages, hooks and get_url prefix are lost), and mounting it as a WSGI app
    decodes PATH_INFO twice ('/user/李雷' becomes a 500).
    """

    def __init__(self, default, mounts):
        self.default = default
        self.mounts = mounts

    def __call__(self, environ, start_response):
        path = environ.get('PATH_INFO', '')
        for prefix, section_app in self.mounts.items():
            if path == prefix or path.startswith(prefix + '/'):
                environ['SCRIPT_NAME'] = environ.get('SCRIPT_NAME', '') + prefix
                environ['PATH_INFO'] = path[len(prefix):]
                return section_app(environ, start_response)
        return self.default(environ, start_response)


app = Sections(contents, SECTIONS)
