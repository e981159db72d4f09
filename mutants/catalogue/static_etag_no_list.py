"""Mutant static_etag_no_list: If-None-Match is read as one tag: a list of tags (what a cache holding several versions sends) never matches"""

from mutants.kit import Edit, build

RULES = ['static-files.3']
BREAKS = 'If-None-Match is read as one tag: a list of tags (what a cache holding several versions sends) never matches'

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
    tag = header.strip()
    return tag == '*' or tag.removeprefix('W/') == etag.removeprefix('W/')
""")

app, spec_python_api = build(EDIT)
