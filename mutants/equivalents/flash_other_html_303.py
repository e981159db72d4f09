"""Equivalent flash_other_html_303: /flash redirects with 303; messages shown in other HTML."""

from mutants.kit import Edit, build

RULES = ['flashing.1', 'flashing.6']
ALLOWS = (
    "/flash redirects with 303 (Bottle's redirect(), the PRG habit), which the contract allows (any redirect "
    "a browser follows to the index by GET); each message in a <div role=alert> with inline markup, not an <li>"
)

EDIT = Edit(
    "flashing",
    replace={"        flash(message)\n    return redirect(url_for('index'))": "        flash(message)\n    return redirect(url_for('index'), 303)"},
    templates={
        "index.html": {
            '<ul class="flashes">': '<section class="flashes">',
            '<li class="flash">{{ message }}</li>': '<div role="alert"><strong>Note:</strong> <span>{{ message }}</span></div>',
            "</ul>": "</section>",
        }
    },
)

app, spec_python_api = build(EDIT)
