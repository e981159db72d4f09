"""Mutant static_link_missing: the page inlines its styles in a <style> element instead of linking the stylesheet (critical-CSS inlining, a port that pastes the file in)"""

from mutants.kit import Edit, build

RULES = ['static-files.5']
BREAKS = 'the page inlines its styles in a <style> element instead of linking the stylesheet (critical-CSS inlining, a port that pastes the file in)'

EDIT = Edit("static-files", templates={"styled.html": {"<link rel=\"stylesheet\" href=\"{{ url_for('static', filename='style.css') }}\">": "<style>h1 { color: #377ba8; }</style>"}})

app, spec_python_api = build(EDIT)
