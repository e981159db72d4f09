"""Mutant all_allow_without_options: the 405's Allow leaves OPTIONS out (GET, HEAD), as Go's net/http ServeMux writes it"""

from mutants.kit import Edit, build

RULES = ['all.4']
BREAKS = "the 405's Allow leaves OPTIONS out (GET, HEAD), as Go's net/http ServeMux writes it"

EDIT = Edit("cookies", append="""
@app.after_request
def allow_without_options(response):
    if response.status_code == 405:
        response.headers['Allow'] = ', '.join(m for m in response.allow if m != 'OPTIONS')
    return response
""")

app, spec_python_api = build(EDIT)
