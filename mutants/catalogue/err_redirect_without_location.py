"""Mutant err_redirect_without_location: the status is set to 302 with no Location header (Go's w.WriteHeader(http.StatusFound), PHP's http_response_code(302) without header('Location: ...'))"""

from mutants.kit import Edit, build

RULES = ['redirects.1']
BREAKS = "the status is set to 302 with no Location header (Go's w.WriteHeader(http.StatusFound), PHP's http_response_code(302) without header('Location: ...'))"

EDIT = Edit("redirects", replace={"    return redirect(url_for('login'))": "    return '', 302"})

app, spec_python_api = build(EDIT)
