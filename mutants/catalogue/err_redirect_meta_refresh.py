"""Mutant err_redirect_meta_refresh: the index is a 200 page that redirects by <meta http-equiv=refresh> (a static-site habit, PHP echoing a page): no HTTP redirect"""

from mutants.kit import Edit, build

RULES = ['redirects.1']
BREAKS = 'the index is a 200 page that redirects by <meta http-equiv=refresh> (a static-site habit, PHP echoing a page): no HTTP redirect'

EDIT = Edit("redirects", replace={"    return redirect(url_for('login'))": "    return '<meta http-equiv=\"refresh\" content=\"0; url=%s\">' % url_for('login')"})

app, spec_python_api = build(EDIT)
