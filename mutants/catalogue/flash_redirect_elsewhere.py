"""Mutant flash_redirect_elsewhere: /flash sends the visitor back to the page the form came from (Laravel's back(), Rails' redirect_back), not to the index"""

from mutants.kit import Edit, build

RULES = ['flashing.6']
BREAKS = "/flash sends the visitor back to the page the form came from (Laravel's back(), Rails' redirect_back), not to the index"

EDIT = Edit("flashing", replace={"        flash(message)\n    return redirect(url_for('index'))": "        flash(message)\n    return redirect(url_for('login'))"})

app, spec_python_api = build(EDIT)
