"""Mutant session_greeting_double_escaped: the name is escaped by hand, then again by the template engine"""

from mutants.kit import Edit, build

RULES = ['sessions.2']
BREAKS = ("the name is escaped by hand and then by an autoescaping template (Django templates, Jinja, Razor, Go "
          "html/template given a pre-escaped string): '<b>' shows as '&lt;b&gt;'")

EDIT = Edit("sessions", replace={"        return '你好, %s' % escape(session['username'])": (
    "        from flask import render_template_string\n"
    "        return render_template_string('你好, {{ name }}', name=str(escape(session['username'])))"
)})

app, spec_python_api = build(EDIT)
