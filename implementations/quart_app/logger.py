"""Logging: app.logger, a standard logging.Logger named after the app."""
from quart import Quart

app = Quart(__name__)


@app.route('/')
async def index():
    app.logger.debug('A value for debugging')
    app.logger.warning('A warning occurred (%d apples)', 42)
    app.logger.error('An error occurred')
    return 'Logged three messages'
