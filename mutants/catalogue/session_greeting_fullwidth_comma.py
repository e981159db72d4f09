"""Mutant session_greeting_fullwidth_comma: the greeting is typed with a full-width comma, 你好，<name>"""

from mutants.kit import Edit, build

RULES = ['sessions.2']
BREAKS = "the greeting is retyped with Chinese punctuation: '你好，<name>' (full-width comma, no space)"

EDIT = Edit("sessions", replace={"'你好, %s'": "'你好，%s'"})

app, spec_python_api = build(EDIT)
