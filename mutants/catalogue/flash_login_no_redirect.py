"""Mutant flash_login_no_redirect: the right credentials render the index directly (200) instead of redirecting to it"""

from mutants.kit import Edit, build

RULES = ['flashing.4']
BREAKS = 'the right credentials render the index directly (200) instead of redirecting to it'

EDIT = Edit("flashing", replace={"            flash('登陆成功')\n            return redirect(url_for('index'))": "            flash('登陆成功')\n            return render_template('index.html')"})

app, spec_python_api = build(EDIT)
