"""Mutant url_index_endpoint_wrapped: the index view is wrapped in a decorator written without functools.wraps: its endpoint is 'wrapper'"""

from mutants.kit import Edit, build

RULES = ['url-building.8']
BREAKS = "the index view is wrapped in a decorator written without functools.wraps: its endpoint is 'wrapper', so url_for('index') fails"

EDIT = Edit("url-building", replace={"@app.route('/')\ndef index():": (
    "def timed(view):\n"
    "    def wrapper(*args, **kwargs):\n"
    "        return view(*args, **kwargs)\n"
    "    return wrapper\n\n\n"
    "@app.route('/')\n@timed\ndef index():"
)})

app, spec_python_api = build(EDIT)
