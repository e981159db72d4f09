"""Mutant static_link_fingerprinted: the page links the stylesheet with a cache-busting query (Laravel's mix(), Flask-Static-Digest, asset_path with a digest): not the URL url_for('static', filename='style.css') builds"""

from mutants.kit import Edit, build

RULES = ['static-files.5']
BREAKS = "the page links the stylesheet with a cache-busting query (Laravel's mix(), Flask-Static-Digest, asset_path with a digest): not the URL url_for('static', filename='style.css') builds"

EDIT = Edit("static-files", templates={"styled.html": {"{{ url_for('static', filename='style.css') }}": "{{ url_for('static', filename='style.css') }}?v=3f2a1c"}})

app, spec_python_api = build(EDIT)
