"""Static files: a folder named static beside the module is served under /static."""
from flask import Flask, render_template

app = Flask(__name__)


# Not in the document: a page that links the stylesheet by url_for('static', filename='style.css').
@app.route('/')
def index():
    return render_template('styled.html')
