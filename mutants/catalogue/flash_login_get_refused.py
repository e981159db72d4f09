"""Mutant flash_login_get_refused: the login route takes POST alone (Express app.post, Spring @PostMapping): GET /login shows no form"""

from mutants.kit import Edit, build

RULES = ['flashing.3']
BREAKS = 'the login route takes POST alone (Express app.post, Spring @PostMapping): GET /login shows no form'

EDIT = Edit("flashing", replace={"@app.route('/login', methods=['GET', 'POST'])": "@app.route('/login', methods=['POST'])"})

app, spec_python_api = build(EDIT)
