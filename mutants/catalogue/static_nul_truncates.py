"""Mutant static_nul_truncates: the file name ends at a NUL byte, as C strings do (PHP before 5.3.4, old Node fs): style.css%00.txt serves style.css"""

from mutants.kit import Edit, build

RULES = ['static-files.4']
BREAKS = 'the file name ends at a NUL byte, as C strings do (PHP before 5.3.4, old Node fs): style.css%00.txt serves style.css'

EDIT = Edit("static-files", replace={"app = Flask(__name__)": """
class MutantFlask(Flask):
    def send_static_file(self, filename):
        return super().send_static_file(filename.split('\\x00')[0])


app = MutantFlask(__name__)"""})

app, spec_python_api = build(EDIT)
