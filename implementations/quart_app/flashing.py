"""Message flashing: flash() is a coroutine in Quart; get_flashed_messages() in the template is not."""
import os

from quart import Quart, abort, flash, redirect, render_template, request, url_for

app = Quart(__name__)
app.secret_key = os.urandom(24)


@app.route('/')
async def index():
    return await render_template('index.html')


@app.route('/login', methods=['GET', 'POST'])
async def login():
    error = None
    if request.method == 'POST':
        form = await request.form
        if form['username'] != 'admin' or form['password'] != '123':
            error = '用户名或密码错误'
        else:
            await flash('登陆成功')
            return redirect(url_for('index'))
    return await render_template('login.html', error=error)


# The contract's /flash: flashes each field `message`, in the order sent.
@app.route('/flash', methods=['POST'])
async def flash_message():
    messages = (await request.form).getlist('message')
    if not messages:
        abort(400)
    for message in messages:
        await flash(message)
    return redirect(url_for('index'))
