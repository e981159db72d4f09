"""Mutant static_missing_403: a missing static file answers 403, as Amazon S3 (and CloudFront in front of it) does for a missing key without list permission"""

from mutants.kit import Edit, build

RULES = ['static-files.2']
BREAKS = 'a missing static file answers 403, as Amazon S3 (and CloudFront in front of it) does for a missing key without list permission'

EDIT = Edit("static-files", replace={"app = Flask(__name__)": """
class MutantFlask(Flask):
    def send_static_file(self, filename):
        import os
        from flask import abort
        from werkzeug.security import safe_join
        path = safe_join(self.static_folder, filename)
        if path is None or not os.path.isfile(path):
            abort(403)
        return super().send_static_file(filename)


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
