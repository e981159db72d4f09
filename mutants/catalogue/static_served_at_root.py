"""Mutant static_served_at_root: the static folder is served at the root (/style.css), as Spring Boot, ASP.NET Core's UseStaticFiles, Rails' public/ and express.static() without a mount path serve it"""

from mutants.kit import Edit, build

RULES = ['static-files.1']
BREAKS = "the static folder is served at the root (/style.css), as Spring Boot, ASP.NET Core's UseStaticFiles, Rails' public/ and express.static() without a mount path serve it"

EDIT = Edit("static-files", replace={"app = Flask(__name__)": "app = Flask(__name__, static_url_path='')"})

app, spec_python_api = build(EDIT)
