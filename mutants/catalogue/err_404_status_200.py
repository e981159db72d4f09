"""Mutant err_404_status_200: the custom 404 page is sent with status 200"""

from mutants.kit import Edit, build

RULES = ['redirects.3']
BREAKS = 'the custom 404 page is sent with status 200'

EDIT = Edit("redirects", replace={"return render_template('page_not_found.html'), 404": "return render_template('page_not_found.html')"})

app, spec_python_api = build(EDIT)
