"""Mutant flash_refused_redirects: a refused login redirects back to the form with the error flashed (Laravel's back()->withErrors(), the PRG habit): 302, not the login page"""

from mutants.kit import Edit, build

RULES = ['flashing.5']
BREAKS = "a refused login redirects back to the form with the error flashed (Laravel's back()->withErrors(), the PRG habit): 302, not the login page"

EDIT = Edit("flashing", replace={"            error = '用户名或密码错误'\n": "            flash('用户名或密码错误')\n            return redirect(url_for('login'))\n"})

app, spec_python_api = build(EDIT)
