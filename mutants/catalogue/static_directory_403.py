"""Mutant static_directory_403: the static folder itself answers 403 Forbidden, as nginx (no index, autoindex off) and Apache (Options -Indexes) answer a directory"""

from mutants.kit import Edit, build

RULES = ['static-files.6']
BREAKS = 'the static folder itself answers 403 Forbidden, as nginx (no index, autoindex off) and Apache (Options -Indexes) answer a directory'

EDIT = Edit("static-files", append="""
from flask import abort


@app.route('/static/')
def static_folder():
    abort(403)
""")

app, spec_python_api = build(EDIT)
