"""Mutant method_put_form_ignored: the form body of a PUT is not parsed (Django fills request.POST and PHP fills $_POST for POST only): PUT stores an empty message"""

from mutants.kit import Edit, build

RULES = ['methods.5']
BREAKS = 'the form body of a PUT is not parsed (Django fills request.POST and PHP fills $_POST for POST only): PUT stores an empty message'

EDIT = Edit("methods", replace={"        boards[name] = [request.form['message']]": "        boards[name] = [request.args.get('message', '')]"})

app, spec_python_api = build(EDIT)
