"""Mutant method_login_escaped_twice: the name is escaped twice (escape() and then an autoescaping template that does not know it is safe): '<b>' shows as '&lt;b&gt;', '&' as '&amp;'"""

from mutants.kit import Edit, build

RULES = ['methods.3']
BREAKS = "the name is escaped twice (escape() and then an autoescaping template that does not know it is safe): '<b>' shows as '&lt;b&gt;', '&' as '&amp;'"

EDIT = Edit("methods", replace={"escape(request.form['username'])": "escape(str(escape(request.form['username'])))"})

app, spec_python_api = build(EDIT)
