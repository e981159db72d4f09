"""Mutant route_slash_redirect_301: the slash redirect of /projects is a 301, not Werkzeug's 308"""

from mutants.kit import Edit, build

RULES = ['all.3']
BREAKS = "the slash redirect of /projects is a 301, not Werkzeug's 308"

EDIT = Edit("routing", append="""
def slash_redirects_as_301(wsgi_app):
    def answer(environ, start_response):
        def start(status, headers, exc_info=None):
            if status.startswith('308'):
                status = '301 MOVED PERMANENTLY'
            return start_response(status, headers, exc_info)
        return wsgi_app(environ, start)
    return answer


app.wsgi_app = slash_redirects_as_301(app.wsgi_app)
""")

app, spec_python_api = build(EDIT)
