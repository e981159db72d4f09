"""Rendering templates: render_template() is a coroutine in Quart."""
from quart import Quart, render_template

app = Quart(__name__)


@app.route('/hello/')
@app.route('/hello/<name>')
async def hello(name=None):
    return await render_template('hello.html', name=name)
