"""Mutant method_board_unescaped: messages are put into the board page unescaped (string formatting without escape(), an Express template literal, PHP echo without htmlspecialchars)"""

from mutants.kit import Edit, build

RULES = ['methods.4']
BREAKS = 'messages are put into the board page unescaped (string formatting without escape(), an Express template literal, PHP echo without htmlspecialchars)'

EDIT = Edit("methods", replace={"'<li>%s</li>' % escape(message)": "'<li>%s</li>' % message"})

app, spec_python_api = build(EDIT)
