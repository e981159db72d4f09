"""Equivalent cookie_percent_encoded: the cookie is written percent-encoded, as Express writes it"""

from mutants.kit import Edit, build

RULES = ['cookies.1', 'cookies.2']
ALLOWS = ("the cookie written as Express's res.cookie() and ASP.NET Core write it, percent-encoded "
          "(username=the%20username), and read back percent-decoded, as cookie-parser does")

EDIT = Edit("cookies", replace={
    "from flask import Flask, make_response, render_template, request": (
        "from urllib.parse import quote, unquote\n\nfrom flask import Flask, make_response, render_template, request"
    ),
    "username = request.cookies.get('username')": (
        "username = request.cookies.get('username')\n    username = username and unquote(username)"
    ),
    "resp.set_cookie('username', 'the username')": (
        "resp.headers.add('Set-Cookie', 'username=' + quote('the username', safe='') + '; Path=/')"
    ),
})

app, spec_python_api = build(EDIT)
