"""Mutant req_search_unescaped: the search page puts q into the page unescaped: markup in q is rendered, not shown"""

from mutants.kit import Edit, build

RULES = ['request.5']
BREAKS = 'the search page puts q into the page unescaped: markup in q is rendered, not shown'

EDIT = Edit("request", replace={"escape(searchword)": "searchword"})

app, spec_python_api = build(EDIT)
