"""Mutant method_head_empty_headers: HEAD is answered with Content-Length: 0, not the GET's headers"""

from mutants.kit import Edit, build

RULES = ['all.7']
BREAKS = "HEAD is answered with Content-Length: 0, not the GET's headers"

EDIT = Edit("methods", append="""
def head_without_length(wsgi_app):
    def answer(environ, start_response):
        def start(status, headers, exc_info=None):
            if environ['REQUEST_METHOD'] == 'HEAD':
                headers = [(k, v) for k, v in headers if k.lower() != 'content-length'] + [('Content-Length', '0')]
            return start_response(status, headers, exc_info)
        return wsgi_app(environ, start)
    return answer


app.wsgi_app = head_without_length(app.wsgi_app)
""")

app, spec_python_api = build(EDIT)
