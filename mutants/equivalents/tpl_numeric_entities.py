"""Equivalent tpl_numeric_entities: the name is escaped with numeric character references."""

from mutants.kit import Edit, build

RULES = ['templates.3']
ALLOWS = "escaping with numeric references (&#60;script&#62;, &#38;), as PHP's htmlspecialchars with ENT_HTML5 | ENT_SUBSTITUTE or Go's html/template write some characters"

EDIT = Edit("templates", replace={"return render_template('hello.html', name=name)": (
    "return render_template('hello.html', name=None if name is None else Markup(''.join(\n"
    "        '&#%d;' % ord(c) if c in '<>&\"\\'' else c for c in name)))"
)}, append="""
from markupsafe import Markup
""")

app, spec_python_api = build(EDIT)
