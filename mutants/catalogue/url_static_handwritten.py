"""Mutant url_static_handwritten: /static/<filename> served by a hand-written view, as text/html"""

from mutants.kit import Edit, build

RULES = ['url-building.6']
BREAKS = ("the static folder is served by a hand-written view that returns the file's text (open(...).read()), "
          "so Flask sends it as text/html, not text/css")

EDIT = Edit("url-building", replace={"app = Flask(__name__)": """app = Flask(__name__, static_folder=None)


@app.route('/static/<path:filename>', endpoint='static')
def static_file(filename):
    import os
    from werkzeug.security import safe_join
    path = safe_join(os.path.join(app.root_path, 'static'), filename)
    if path is None or not os.path.isfile(path):
        abort(404)
    with open(path, encoding='utf-8') as file:
        return file.read()"""})

app, spec_python_api = build(EDIT)
