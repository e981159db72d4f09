"""Mutant req_login_get_refused: the login route takes POST alone (Express app.post, Spring @PostMapping, Django @require_POST): GET /login shows no form"""

from mutants.kit import Edit, build

RULES = ['request.1']
BREAKS = 'the login route takes POST alone (Express app.post, Spring @PostMapping, Django @require_POST): GET /login shows no form'

EDIT = Edit("request", replace={"@app.route('/login', methods=['POST', 'GET'])": "@app.route('/login', methods=['POST'])"})

app, spec_python_api = build(EDIT)
