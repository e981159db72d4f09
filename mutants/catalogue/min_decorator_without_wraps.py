"""Mutant min_decorator_without_wraps: a decorator without functools.wraps renames the endpoint"""

from mutants.kit import Edit, build

RULES = ['minimal.8']
BREAKS = ("the view is wrapped in a decorator written without functools.wraps (a timing or login decorator): "
          "its endpoint becomes 'wrapper', and url_for('hello_world') fails")

EDIT = Edit("minimal", replace={
    "@app.route('/')\ndef hello_world():": (
        "def logged(view):\n"
        "    def wrapper(*args, **kwargs):\n"
        "        return view(*args, **kwargs)\n"
        "    return wrapper\n\n"
        "@app.route('/')\n@logged\ndef hello_world():"
    ),
})

app, spec_python_api = build(EDIT)
