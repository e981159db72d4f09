"""Mutant cookie_no_cookie_always: 'There is no username cookie' shows even when the cookie is there"""

from mutants.kit import Edit, build

RULES = ['cookies.3']
BREAKS = ("the no-cookie sentence is written after the if, not in its else (Express res.write() then res.end('There is "
          "no ...'), PHP echo without else): it shows beside the cookie's value")

EDIT = Edit("cookies", templates={"cookie.html": {
    "{% else %}\n  <p>There is no username cookie.</p>\n{% endif %}": (
        "{% endif %}\n{% if not stored %}<p>There is no username cookie.</p>{% endif %}"
    ),
}})

app, spec_python_api = build(EDIT)
