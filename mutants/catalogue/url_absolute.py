"""Mutant url_absolute: url_for builds absolute URLs, scheme and host included"""

from mutants.kit import Edit, build

RULES = ['url-building.2']
BREAKS = ("the URLs built are absolute (http://host/...), as Laravel's route() and url(), Rails' *_url helpers "
          "and Spring's ServletUriComponentsBuilder build them")

EDIT = Edit("url-building", replace={"return url_for(endpoint, **values),": "return url_for(endpoint, _external=True, **values),"})

app, spec_python_api = build(EDIT)
