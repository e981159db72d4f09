"""Mutant method_post_stores_twice: each POST stores its message twice"""

from mutants.kit import Edit, build

RULES = ['methods.4']
BREAKS = 'each POST stores its message twice'

EDIT = Edit("methods", replace={"boards.setdefault(name, []).append(message)": "boards.setdefault(name, []).extend([message] * 2)"})

app, spec_python_api = build(EDIT)
