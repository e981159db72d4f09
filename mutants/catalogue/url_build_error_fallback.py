"""Mutant url_build_error_fallback: url_for of an unknown endpoint or a missing variable part gives '/<endpoint>' instead of failing"""

from mutants.kit import Edit, build

RULES = ['url-building.5', 'url-building.7']
BREAKS = "url_for of an unknown endpoint or a missing variable part gives '/<endpoint>' instead of failing"

EDIT = Edit("url-building", append="""
app.url_build_error_handlers.append(lambda error, endpoint, values: '/' + endpoint)
""")

app, spec_python_api = build(EDIT)
