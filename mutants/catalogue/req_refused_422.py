"""Mutant req_refused_422: a refused login answers 422 (Rails 7 renders a failed form with status: :unprocessable_entity)"""

from mutants.kit import Edit, build

RULES = ['request.3']
BREAKS = 'a refused login answers 422 (Rails 7 renders a failed form with status: :unprocessable_entity)'

EDIT = Edit("request", replace={"    return render_template('login.html', error=error)": "    return render_template('login.html', error=error), 422 if error else 200"})

app, spec_python_api = build(EDIT)
