"""Mutant tpl_variable_renamed: render_template passes the name as 'username', which the template does not read"""

from mutants.kit import Edit, build

RULES = ['templates.2']
BREAKS = "render_template passes the name as 'username', which the template does not read"

EDIT = Edit("templates", replace={"render_template('hello.html', name=name)": "render_template('hello.html', username=name)"})

app, spec_python_api = build(EDIT)
