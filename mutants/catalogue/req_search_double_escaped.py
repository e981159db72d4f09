"""Mutant req_search_double_escaped: q is escaped by hand and again by the template engine (escape() then Django or ERB auto-escaping): a&b shows as a&amp;b"""

from mutants.kit import Edit, build

RULES = ['request.5']
BREAKS = 'q is escaped by hand and again by the template engine (escape() then Django or ERB auto-escaping): a&b shows as a&amp;b'

EDIT = Edit("request", replace={"escape(searchword)": "escape(str(escape(searchword)))"})

app, spec_python_api = build(EDIT)
