"""Logging: app.logger, a standard logging.Logger named after the app."""
from flask import Flask

app = Flask(__name__)


# Not in the document: a URL that runs its three logging calls.
@app.route('/')
def index():
    app.logger.debug('A value for debugging')
    app.logger.warning('A warning occurred (%d apples)', 42)
    app.logger.error('An error occurred')
    return 'Logged three messages'
