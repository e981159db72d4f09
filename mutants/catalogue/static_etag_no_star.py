"""Mutant static_etag_no_star: If-None-Match: * is not understood: it never matches"""

from mutants.kit import Edit, build

RULES = ['static-files.3']
BREAKS = 'If-None-Match: * is not understood: it never matches'

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
    tags = [tag.strip().removeprefix('W/') for tag in header.split(',')]
    return etag.removeprefix('W/') in tags
""")

app, spec_python_api = build(EDIT)
