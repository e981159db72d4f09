"""Mutant static_directory_listing: the static folder itself answers with a listing of its files (Go's http.FileServer, Python's http.server, nginx autoindex, Apache's Options Indexes, serve-index)"""

from mutants.kit import Edit, build

RULES = ['static-files.6']
BREAKS = "the static folder itself answers with a listing of its files (Go's http.FileServer, Python's http.server, nginx autoindex, Apache's Options Indexes, serve-index)"

EDIT = Edit("static-files", append="""
import os


@app.route('/static/')
def static_listing():
    names = sorted(os.listdir(app.static_folder))
    return '<pre>' + ''.join('<a href="%s">%s</a>\\n' % (n, n) for n in names) + '</pre>'
""")

app, spec_python_api = build(EDIT)
