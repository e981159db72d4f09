"""Mutant route_user_decoded_twice: the name is percent-decoded twice"""

from mutants.kit import Edit, build

RULES = ['routing.3']
BREAKS = "the name is percent-decoded twice, as Express's req.params (already decoded) passed to decodeURIComponent: /user/50%2520off reads 'User 50 off'"

EDIT = Edit("routing", replace={
    "from flask import Flask\n": "from urllib.parse import unquote\n\nfrom flask import Flask\n",
    "return 'User %s' % escape(username)": "return 'User %s' % escape(unquote(username))",
})

app, spec_python_api = build(EDIT)
