"""Mutant route_user_dot_format: what follows the last dot of the name is taken for a format"""

from mutants.kit import Edit, build

RULES = ['routing.3']
BREAKS = ("what follows the last dot of the name is taken for a format, as Rails' (.:format) and Spring's "
          "suffix pattern matching do: /user/john.doe reads 'User john'")

EDIT = Edit("routing", replace={
    "return 'User %s' % escape(username)": "return 'User %s' % escape(username.rpartition('.')[0] or username)",
})

app, spec_python_api = build(EDIT)
