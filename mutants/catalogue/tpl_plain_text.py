"""Mutant tpl_plain_text: the rendered template is sent as text/plain, not text/html"""

from mutants.kit import Edit, build

RULES = ['templates.1']
BREAKS = 'the rendered template is sent as text/plain, not text/html'

EDIT = Edit("templates", replace={"return render_template('hello.html', name=name)": "return render_template('hello.html', name=name), {'Content-Type': 'text/plain; charset=utf-8'}"})

app, spec_python_api = build(EDIT)
