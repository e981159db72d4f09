"""Mutant flash_login_flashes_nothing: the message is set where the next request never sees it (Rails' flash.now, req.flash() called after Express has saved the session): the index shows nothing"""

from mutants.kit import Edit, build

RULES = ['flashing.4']
BREAKS = "the message is set where the next request never sees it (Rails' flash.now, req.flash() called after Express has saved the session): the index shows nothing"

EDIT = Edit("flashing", replace={"            flash('登陆成功')\n": ""})

app, spec_python_api = build(EDIT)
