"""Mutant err_abort_without_return: the 401 is written but the handler goes on (Go's http.Error without return, Express's res.status(401).send() without return): the code after it runs"""

from mutants.kit import Edit, build

RULES = ['redirects.2']
BREAKS = "the 401 is written but the handler goes on (Go's http.Error without return, Express's res.status(401).send() without return): the code after it runs"

EDIT = Edit("redirects", replace={"    abort(401)\n    this_is_never_executed()": "    response = app.response_class('Unauthorized', status=401)\n    this_is_never_executed()\n    return response"})

app, spec_python_api = build(EDIT)
