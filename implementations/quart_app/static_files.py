"""Static files: a folder named static beside the module is served under /static."""
from quart import Quart, render_template

app = Quart(__name__)


@app.route('/')
async def index():
    return await render_template('styled.html')
