"""Equivalent method_board_post_redirect_get: the board and the login page written as a Rails or Django app writes them."""

from mutants.kit import Edit, build

RULES = ['methods.3', 'methods.4', 'methods.5', 'methods.6']
ALLOWS = ('a write answered by Post/Redirect/Get (303 to the board after a POST, to the index after a DELETE), '
          'as a Rails scaffold or a Django CreateView answers a form; other HTML around the board list and the login greeting')

EDIT = Edit("methods", append="""
from flask import redirect, url_for


def render_board(name):
    # Other HTML around the same list: a title, an ordered list, a form to post one more message.
    items = ''.join('<li>%s</li>' % escape(message) for message in boards[name])
    return ('<!doctype html><title>Board %s</title><main><h2>%s</h2><ol>%s</ol>'
            '<form method="post"><input name="message"><button>Post</button></form></main>'
            % (escape(name), escape(name), items))


def do_the_login():
    return '<p>Logged in as <strong>%s</strong></p>' % escape(request.form['username'])


@app.after_request
def post_redirect_get(response):
    if request.endpoint == 'board' and request.method in ('POST', 'DELETE') and response.status_code < 300:
        if request.method == 'POST':
            return redirect(url_for('board', name=request.view_args['name']), 303)
        return redirect(url_for('index'), 303)
    return response
""")

app, spec_python_api = build(EDIT)
