"""Mutant method_login_no_return: the document's login() ported word for word: it calls do_the_login() and show_the_login_form() without returning their result, so the view returns nothing (500)"""

from mutants.kit import Edit, build

RULES = ['methods.2', 'methods.3']
BREAKS = "the document's login() ported word for word: it calls do_the_login() and show_the_login_form() without returning their result, so the view returns nothing (500)"

EDIT = Edit("methods", replace={"        return do_the_login()\n    else:\n        return show_the_login_form()": "        do_the_login()\n    else:\n        show_the_login_form()"})

app, spec_python_api = build(EDIT)
