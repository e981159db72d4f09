"""Message flashing: flash() at the end of one request, shown in the next one only."""
import os

from flask import Flask, abort, flash, redirect, render_template, request, url_for

app = Flask(__name__)
# Flashes live in the session, which needs a key; the document sets none in this example.
app.secret_key = os.urandom(24)


@app.route('/')
def index():
    return render_template('index.html')


@app.route('/login', methods=['GET', 'POST'])
def login():
    error = None
    if request.method == 'POST':
        if request.form['username'] != 'admin' or request.form['password'] != '123':
            error = '用户名或密码错误'
        else:
            flash('登陆成功')
            return redirect(url_for('index'))
    return render_template('login.html', error=error)


# Not in the document: flashes any text, each field `message` in the order sent, so the spec can
# check order, repeats and escaping, which the document's one fixed message cannot show.
@app.route('/flash', methods=['POST'])
def flash_message():
    messages = request.form.getlist('message')
    if not messages:
        abort(400)
    for message in messages:
        flash(message)
    return redirect(url_for('index'))
