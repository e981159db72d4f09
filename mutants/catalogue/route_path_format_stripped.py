"""Mutant route_path_format_stripped: a glob segment loses its extension, taken for a format"""

from mutants.kit import Edit, build

RULES = ['routing.9']
BREAKS = ("what follows the last dot of the subpath is taken for a format, as a Rails glob (*subpath) does unless "
          "format: false: /path/docs/v1/readme.md reads 'Path docs/v1/readme'")

EDIT = Edit("routing", replace={
    "return 'Path %s' % escape(subpath)": (
        "head, dot, tail = subpath.rpartition('.')\n"
        "    return 'Path %s' % escape(head if dot and '/' not in tail else subpath)"
    ),
})

app, spec_python_api = build(EDIT)
