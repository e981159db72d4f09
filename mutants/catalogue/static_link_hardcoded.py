"""Mutant static_link_hardcoded: the page links '/static/style.css' written by hand, not url_for('static', ...): it misses the section's prefix"""

from mutants.kit import Edit, build

RULES = ['static-files.5']
BREAKS = "the page links '/static/style.css' written by hand, not url_for('static', ...): it misses the section's prefix"

EDIT = Edit("static-files", templates={"styled.html": {"{{ url_for('static', filename='style.css') }}": "/static/style.css"}})

app, spec_python_api = build(EDIT)
