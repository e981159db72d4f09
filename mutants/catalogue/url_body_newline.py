"""Mutant url_body_newline: the URL built is printed with a newline after it"""

from mutants.kit import Edit, build

RULES = ['url-building.2']
BREAKS = "the URL is written with a newline after it, as the document's print url_for(...) (and Go's fmt.Fprintln, PHP's echo \"...\\n\") write it"

EDIT = Edit("url-building", replace={"return url_for(endpoint, **values),": "return url_for(endpoint, **values) + '\\n',"})

app, spec_python_api = build(EDIT)
