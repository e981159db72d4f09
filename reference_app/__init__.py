"""The reference implementation of the contract (features/CONTRACT.md).

The document defines '/' five times and '/login' four times, so each of its sections is an app of
its own, mounted under its own prefix. `flask --app reference_app run` serves them all.
"""
from flask import Flask, render_template
from werkzeug.middleware.dispatcher import DispatcherMiddleware

from . import (cookies, flashing, logger, methods, minimal, redirects, request_object, routing,
               sessions, static_files, templates, uploads, url_building)

#: The mount table: the contract's prefixes and the apps that implement them.
SECTIONS = {
    '/minimal': minimal.app,
    '/routing': routing.app,
    '/url-building': url_building.app,
    '/methods': methods.app,
    '/static-files': static_files.app,
    '/templates': templates.app,
    '/request': request_object.app,
    '/uploads': uploads.app,
    '/cookies': cookies.app,
    '/sessions': sessions.app,
    '/redirects': redirects.app,
    '/flashing': flashing.app,
    '/logging': logger.app,
}

for prefix, section_app in SECTIONS.items():
    # Each section keeps its session cookie to itself: logging in to one logs no other in or out.
    section_app.config['SESSION_COOKIE_PATH'] = prefix

app = Flask(__name__)


@app.route('/')
def contents():
    return render_template('contents.html', prefixes=list(SECTIONS))


app.wsgi_app = DispatcherMiddleware(app.wsgi_app, SECTIONS)
