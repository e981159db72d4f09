"""Mutant flash_login_redirect_301: the login redirects with 301 (PHP's header('Location: /', true, 301)), not redirect()'s 302"""

from mutants.kit import Edit, build

RULES = ['flashing.8']
BREAKS = "the login redirects with 301 (PHP's header('Location: /', true, 301)), not redirect()'s 302"

EDIT = Edit("flashing", replace={"            return redirect(url_for('index'))": "            return redirect(url_for('index'), 301)"})

app, spec_python_api = build(EDIT)
