"""Mutant method_post_missing_creates_board: POST creates the board before it reads the field: a POST without message is refused (400) but leaves an empty board behind (setdefault() evaluated before request.form['message']; Rails find_or_create_by! then a failed validation)"""

from mutants.kit import Edit, build

RULES = ['methods.7']
BREAKS = "POST creates the board before it reads the field: a POST without message is refused (400) but leaves an empty board behind (setdefault() evaluated before request.form['message']; Rails find_or_create_by! then a failed validation)"

EDIT = Edit("methods", replace={"        message = request.form['message']\n        boards.setdefault(name, []).append(message)": "        boards.setdefault(name, []).append(request.form['message'])"})

app, spec_python_api = build(EDIT)
