"""Revalidation of static files written by hand: the static_etag_* mutants each give their own
``matches(header, etag)``, the comparison a stack (or a port) gets wrong. Not a mutant itself."""

from mutants.kit import Edit

CONDITIONAL_STATIC = """
class MutantFlask(Flask):
    def send_static_file(self, filename):
        from flask import request, send_from_directory
        response = send_from_directory(self.static_folder, filename, conditional=False)
        header = request.headers.get('If-None-Match')
        if header is not None and matches(header, response.headers['ETag']):
            response = self.response_class(status=304)
        return response


app = MutantFlask(__name__)"""


def revalidated_by(matches: str) -> Edit:
    """The static-files section answering If-None-Match with ``matches`` (a ``def matches`` in source)."""
    return Edit("static-files", replace={"app = Flask(__name__)": CONDITIONAL_STATIC}, append=matches)
