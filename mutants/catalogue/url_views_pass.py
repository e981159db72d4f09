"""Mutant url_views_pass: the views only pass, as the document writes them"""

from mutants.kit import Edit, build

RULES = ['url-building.1']
BREAKS = "the views only pass, copied from the document: they return None, and Flask answers 500"

EDIT = Edit("url-building", replace={
    "    return 'Index Page'": "    pass",
    "    return 'Login Page'": "    pass",
    "    return 'User %s' % escape(username)": "    pass",
})

app, spec_python_api = build(EDIT)
