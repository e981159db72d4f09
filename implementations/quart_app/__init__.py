"""The contract (features/CONTRACT.md) written with Quart, the Pallets project's async Flask.

One Quart app per section of the document, each mounted under its prefix by Hypercorn's
DispatcherMiddleware (the ASGI counterpart of Werkzeug's, which the reference app uses). Run the
suite against it in-process: ``--target asgi:implementations.quart_app:app``, with
``--python-api implementations.quart_app.python_api`` for what only Python shows.
"""
from hypercorn.middleware import DispatcherMiddleware
from quart import Quart, render_template_string

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

contents = Quart(__name__)


@contents.route('/')
async def index():
    return await render_template_string(
        '<!doctype html><title>The Flask quickstart in Quart</title><ul>'
        '{% for prefix in prefixes %}<li><a href="{{ prefix }}/">{{ prefix }}</a></li>{% endfor %}</ul>',
        prefixes=list(SECTIONS))


# The first prefix a path starts with wins; '' (no prefix) takes the rest, the contents page.
app = DispatcherMiddleware({**SECTIONS, '': contents})
