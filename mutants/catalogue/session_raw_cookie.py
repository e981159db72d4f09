"""Mutant session_raw_cookie: the 'session' is a raw cookie 'username' the browser can set to anything"""

from mutants.kit import Edit, build

RULES = ['sessions.8', 'sessions.9']
BREAKS = "the 'session' is a raw cookie 'username' the browser can set to anything"

EDIT = Edit("sessions", replace={
    "from flask import Flask, redirect, render_template, request, session, url_for": "from flask import Flask, make_response, redirect, render_template, request, url_for",
    "    if 'username' in session:\n        return '你好, %s' % escape(session['username'])": "    if 'username' in request.cookies:\n        return '你好, %s' % escape(request.cookies['username'])",
    "        session['username'] = request.form['username']\n        return redirect(url_for('index'))": (
        "        resp = make_response(redirect(url_for('index')))\n"
        "        resp.set_cookie('username', request.form['username'], httponly=True, path='/sessions')\n"
        "        return resp"
    ),
    "    session.pop('username', None)\n    return redirect(url_for('index'))": (
        "    resp = make_response(redirect(url_for('index')))\n"
        "    resp.delete_cookie('username', path='/sessions')\n"
        "    return resp"
    ),
})

app, spec_python_api = build(EDIT)
