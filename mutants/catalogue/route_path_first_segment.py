"""Mutant route_path_first_segment: the subpath is cut at its first slash"""

from mutants.kit import Edit, build

RULES = ['routing.9']
BREAKS = ("the subpath is cut at its first slash, as a Go handler on the \"/path/\" subtree that splits on '/' "
          "and a Spring {subpath} variable do: /path/a/b reads 'Path a'")

EDIT = Edit("routing", replace={"return 'Path %s' % escape(subpath)": "return 'Path %s' % escape(subpath.split('/')[0])"})

app, spec_python_api = build(EDIT)
