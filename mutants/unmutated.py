"""The control: every section rebuilt by the mutant machinery, unedited.

It must pass the whole suite, exactly as the reference app does: a mutant is then killed by its
edit, never by being a copy (a module loaded from a temp folder, under another name).
"""

import reference_app
from mutants.kit import Edit, build

app, spec_python_api = build(*(Edit(prefix.lstrip("/")) for prefix in reference_app.SECTIONS))
