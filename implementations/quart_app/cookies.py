"""Cookies: request.cookies to read them, set_cookie() on a response to store one."""
from quart import Quart, make_response, render_template, request

app = Quart(__name__)


@app.route('/')
async def index():
    username = request.cookies.get('username')
    return await render_template('cookie.html', username=username)


@app.route('/store')
async def store():
    resp = await make_response(await render_template('cookie.html', stored=True))
    resp.set_cookie('username', 'the username')
    return resp
