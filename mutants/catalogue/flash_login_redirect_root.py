"""Mutant flash_login_redirect_root: the redirect names '/' by hand (res.redirect('/') in a mounted Express router): it leaves the section for the site's root"""

from mutants.kit import Edit, build

RULES = ['flashing.4']
BREAKS = "the redirect names '/' by hand (res.redirect('/') in a mounted Express router): it leaves the section for the site's root"

EDIT = Edit("flashing", replace={"            return redirect(url_for('index'))": "            return redirect('/')"})

app, spec_python_api = build(EDIT)
