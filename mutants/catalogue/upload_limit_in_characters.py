"""Mutant upload_limit_in_characters: the limit counted in characters of the body decoded as text (a body read into a string: Java's String.length(), PHP's mb_strlen, Node's setEncoding('utf8')), not in bytes"""

from mutants.kit import Edit, build

RULES = ['uploads.8']
BREAKS = "the limit counted in characters of the body decoded as text (a body read into a string: Java's String.length(), PHP's mb_strlen, Node's setEncoding('utf8')), not in bytes"

EDIT = Edit("uploads", replace={
    "app.config['MAX_CONTENT_LENGTH'] = 16 * 1024 * 1024": "LIMIT = 16 * 1024 * 1024",
    "    if request.method == 'POST':": (
        "    if request.method == 'POST':\n"
        "        if len(request.get_data(as_text=True)) > LIMIT:\n"
        "            abort(413)"
    ),
})

app, spec_python_api = build(EDIT)
