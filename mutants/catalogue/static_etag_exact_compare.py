"""Mutant static_etag_exact_compare: If-None-Match is compared with the ETag as a whole string (a hand-written `if request.headers['If-None-Match'] == etag`): a weak form, a list or * is sent again"""

from mutants.kit import Edit, build

RULES = ['static-files.3']
BREAKS = "If-None-Match is compared with the ETag as a whole string (a hand-written `if request.headers['If-None-Match'] == etag`): a weak form, a list or * is sent again"

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
    return header == etag
""")

app, spec_python_api = build(EDIT)
