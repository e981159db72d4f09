"""Mutant all_non_strict_slashes: rules match with or without a trailing slash, as Express (strict: false), Rails and ASP.NET Core route by default: /request/login/ is the login page"""

from mutants.kit import Edit, build

RULES = ['all.2']
BREAKS = 'rules match with or without a trailing slash, as Express (strict: false), Rails and ASP.NET Core route by default: /request/login/ is the login page'

EDIT = Edit("request", replace={"app = Flask(__name__)\n": "app = Flask(__name__)\napp.url_map.strict_slashes = False\n"})

app, spec_python_api = build(EDIT)
