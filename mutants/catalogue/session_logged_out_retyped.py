"""Mutant session_logged_out_retyped: the logged-out page says 请先进行登录, the document's typo 登陆 'fixed'"""

from mutants.kit import Edit, build

RULES = ['sessions.1']
BREAKS = "the logged-out page says '请先进行登录': a porter retyping the text 'fixes' the document's 登陆"

EDIT = Edit("sessions", replace={"    return '请先进行登陆'": "    return '请先进行登录'"})

app, spec_python_api = build(EDIT)
