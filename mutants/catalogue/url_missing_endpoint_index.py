"""Mutant url_missing_endpoint_index: /url-for without an endpoint builds the index"""

from mutants.kit import Edit, build

RULES = ['url-building.5']
BREAKS = "without an endpoint argument, /url-for builds the index's URL (a default read as values.get('endpoint', 'index')) instead of refusing"

EDIT = Edit("url-building", replace={"endpoint = values.pop('endpoint', None)": "endpoint = values.pop('endpoint', 'index')"})

app, spec_python_api = build(EDIT)
