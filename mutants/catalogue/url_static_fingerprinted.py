"""Mutant url_static_fingerprinted: the static URL carries a version for cache busting"""

from mutants.kit import Edit, build

RULES = ['url-building.6']
BREAKS = ("url_for('static', ...) adds a version to the URL, as Rails' asset digests, Django's ManifestStaticFilesStorage "
          "and Laravel Mix's ?id= do: /static/style.css?v=1")

EDIT = Edit("url-building", append="""
@app.url_defaults
def static_version(endpoint, values):
    if endpoint == 'static':
        values.setdefault('v', '1')
""")

app, spec_python_api = build(EDIT)
