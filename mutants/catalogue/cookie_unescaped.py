"""Mutant cookie_unescaped: the cookie's value is written into the page as HTML"""

from mutants.kit import Edit, build

RULES = ['cookies.2']
BREAKS = ("the cookie's value is written into the page unescaped (Express res.send('...' + req.cookies.username), "
          "PHP echo $_COOKIE['username'], Go fmt.Fprintf to an HTML page)")

EDIT = Edit("cookies", templates={"cookie.html": {"{{ username }}": "{{ username|safe }}"}})

app, spec_python_api = build(EDIT)
