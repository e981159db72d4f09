"""Mutant static_etag_strong_only: If-None-Match is compared strongly: W/"..." never matches (RFC 9110 asks for the weak comparison; a hand-written check, If-Match logic reused)"""

from mutants.kit import Edit, build

RULES = ['static-files.3']
BREAKS = 'If-None-Match is compared strongly: W/"..." never matches (RFC 9110 asks for the weak comparison; a hand-written check, If-Match logic reused)'

EDIT = Edit("static-files", replace={"app = Flask(__name__)": """
class MutantFlask(Flask):
    def send_static_file(self, filename):
        from flask import request, send_from_directory
        response = send_from_directory(self.static_folder, filename, conditional=False)
        header = request.headers.get('If-None-Match')
        if header is not None and matches(header, response.headers['ETag']):
            response = self.response_class(status=304)
        return response


app = MutantFlask(__name__)"""}, append="""
def matches(header, etag):
    if header.strip() == '*':
        return True
    return etag in [tag.strip() for tag in header.split(',')]
""")

app, spec_python_api = build(EDIT)
