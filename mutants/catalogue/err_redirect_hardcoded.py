"""Mutant err_redirect_hardcoded: redirect('/login') written by hand instead of url_for('login'): it misses the section's prefix"""

from mutants.kit import Edit, build

RULES = ['redirects.1']
BREAKS = "redirect('/login') written by hand instead of url_for('login'): it misses the section's prefix"

EDIT = Edit("redirects", replace={"return redirect(url_for('login'))": "return redirect('/login')"})

app, spec_python_api = build(EDIT)
