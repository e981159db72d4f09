"""Mutant session_trusts_raw_cookie: the sessions index also believes a raw cookie 'username' when the session holds none"""

from mutants.kit import Edit, build

RULES = ['sessions.9']
BREAKS = "the sessions index also believes a raw cookie 'username' when the session holds none"

EDIT = Edit("sessions", replace={"    return '请先进行登陆'": (
    "    if 'username' in request.cookies:\n"
    "        return '你好, %s' % escape(request.cookies['username'])\n"
    "    return '请先进行登陆'"
)})

app, spec_python_api = build(EDIT)
