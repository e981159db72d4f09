"""Mutant err_counter_hollow: the code after abort runs, and /after-abort is a constant page saying it ran 0 times (a probe page that reads nothing)"""

from mutants.kit import Edit, build

RULES = ['redirects.2']
BREAKS = 'the code after abort runs, and /after-abort is a constant page saying it ran 0 times (a probe page that reads nothing)'

EDIT = Edit("redirects", replace={
    "    abort(401)\n    this_is_never_executed()": "    this_is_never_executed()\n    abort(401)",
    "def after_abort():\n    return 'Code after abort ran %d times' % runs_after_abort[request.args.get('probe', '')]":
        "def after_abort():\n    return 'Code after abort ran 0 times'",
})

app, spec_python_api = build(EDIT)
