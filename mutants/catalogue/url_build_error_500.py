"""Mutant url_build_error_500: a URL that cannot be built is a server error"""

from mutants.kit import Edit, build

RULES = ['url-building.5']
BREAKS = ("a URL that cannot be built is a server error (500), the uncaught exception of Django's reverse() "
          "(NoReverseMatch), Rails' UrlGenerationError and Express's path-to-regexp compile()")

EDIT = Edit("url-building", replace={"    except BuildError:\n": "    except ZeroDivisionError:\n"})

app, spec_python_api = build(EDIT)
