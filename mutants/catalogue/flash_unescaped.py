"""Mutant flash_unescaped: a flashed message is put into the page as HTML (|safe)"""

from mutants.kit import Edit, build

RULES = ['flashing.1']
BREAKS = 'a flashed message is put into the page as HTML (|safe)'

EDIT = Edit("flashing", templates={"index.html": {"{{ message }}": "{{ message|safe }}"}})

app, spec_python_api = build(EDIT)
