"""Mutant all_case_insensitive: paths are matched without regard to letter case, as Express and ASP.NET Core route by default: /sessions/LOGIN is the login page"""

from mutants.kit import Edit, build

RULES = ['all.1']
BREAKS = 'paths are matched without regard to letter case, as Express and ASP.NET Core route by default: /sessions/LOGIN is the login page'

EDIT = Edit("sessions", append="""
from werkzeug.exceptions import NotFound

_served = app.wsgi_app


def case_insensitive(environ, start_response):
    # A path no rule matches is tried once more in lower case.
    try:
        app.url_map.bind_to_environ(environ).match()
    except NotFound:
        environ = dict(environ, PATH_INFO=environ.get('PATH_INFO', '').lower())
    except Exception:
        pass
    return _served(environ, start_response)


app.wsgi_app = case_insensitive
""")

app, spec_python_api = build(EDIT)
