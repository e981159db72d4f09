"""Mutant req_search_partial_escape: q is escaped by hand, '<' and '>' only (a home-made escaper in PHP or Go): '&' is not escaped, so AT&amp;T shows as AT&T"""

from mutants.kit import Edit, build

RULES = ['request.5']
BREAKS = "q is escaped by hand, '<' and '>' only (a home-made escaper in PHP or Go): '&' is not escaped, so AT&amp;T shows as AT&T"

EDIT = Edit("request", replace={"escape(searchword)": "searchword.replace('<', '&lt;').replace('>', '&gt;')"})

app, spec_python_api = build(EDIT)
