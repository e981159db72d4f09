"""Equivalent cookie_form_encoded: the cookie is written form-encoded, a space as '+', as PHP and Rails write it"""

from mutants.kit import Edit, build

RULES = ['cookies.1', 'cookies.2']
ALLOWS = ("the cookie written as PHP's setcookie() and Rails' cookies[] write it, form-encoded "
          "(username=the+username), and read back with '+' as a space, as $_COOKIE and Rack do")

EDIT = Edit("cookies", replace={
    "from flask import Flask, make_response, render_template, request": (
        "from urllib.parse import quote_plus, unquote_plus\n\nfrom flask import Flask, make_response, render_template, request"
    ),
    "username = request.cookies.get('username')": (
        "username = request.cookies.get('username')\n    username = username and unquote_plus(username)"
    ),
    "resp.set_cookie('username', 'the username')": (
        "resp.headers.add('Set-Cookie', 'username=' + quote_plus('the username') + '; Path=/')"
    ),
})

app, spec_python_api = build(EDIT)
