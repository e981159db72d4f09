"""Mutant url_django_slashes: the rules end with a slash, as Django writes every path"""

from mutants.kit import Edit, build

RULES = ['url-building.2', 'url-building.7']
BREAKS = "the rules are '/login/' and '/user/<username>/', as Django's URLconfs end every path with a slash: url_for('login') is /login/"

EDIT = Edit("url-building", replace={
    "@app.route('/login')": "@app.route('/login/')",
    "@app.route('/user/<username>')": "@app.route('/user/<username>/')",
})

app, spec_python_api = build(EDIT)
