"""Mutant url_views_empty: the document's empty views, ported: each answers an empty page"""

from mutants.kit import Edit, build

RULES = ['url-building.1']
BREAKS = "the document's empty views, ported as Express's res.end(), an empty Go handler or an empty PHP script: 200 with an empty page"

EDIT = Edit("url-building", replace={
    "    return 'Index Page'": "    return ''",
    "    return 'Login Page'": "    return ''",
    "    return 'User %s' % escape(username)": "    return ''",
})

app, spec_python_api = build(EDIT)
