"""Mutant static_etag_any_match: any If-None-Match is answered 304, whatever tag it names (a shortcut that only checks the header is there)"""

from mutants.kit import Edit, build

RULES = ['static-files.3']
BREAKS = 'any If-None-Match is answered 304, whatever tag it names (a shortcut that only checks the header is there)'

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
    return True
""")

app, spec_python_api = build(EDIT)
