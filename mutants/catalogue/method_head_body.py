"""Mutant method_head_body: HEAD is answered as a GET, body included"""

from mutants.kit import Edit, build

RULES = ['all.7']
BREAKS = 'HEAD is answered as a GET, body included'

EDIT = Edit("methods", append="""
def head_as_get(wsgi_app):
    def answer(environ, start_response):
        if environ['REQUEST_METHOD'] == 'HEAD':
            environ = dict(environ, REQUEST_METHOD='GET')
        return wsgi_app(environ, start_response)
    return answer


app.wsgi_app = head_as_get(app.wsgi_app)
""")

app, spec_python_api = build(EDIT)
