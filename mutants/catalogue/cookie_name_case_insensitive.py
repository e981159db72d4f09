"""Mutant cookie_name_case_insensitive: cookie names are matched without regard to case, as ASP.NET Core does"""

from mutants.kit import Edit, build

RULES = ['cookies.2']
BREAKS = ("cookie names are matched without regard to case (ASP.NET Core's RequestCookieCollection, OrdinalIgnoreCase; "
          "Happstack lowercases names): a 'Username' cookie is read as 'username'")

EDIT = Edit("cookies", replace={"request.cookies.get('username')": (
    "{name.lower(): value for name, value in request.cookies.items()}.get('username')"
)})

app, spec_python_api = build(EDIT)
