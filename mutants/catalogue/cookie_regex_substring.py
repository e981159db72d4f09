"""Mutant cookie_regex_substring: the cookie is found with the regex username=([^;]*), which matches inside other names"""

from mutants.kit import Edit, build

RULES = ['cookies.2']
BREAKS = ("the cookie is looked up with the regex /username=([^;]*)/ (the document.cookie snippet of JavaScript and PHP "
          "tutorials): it matches inside 'my_username=...' too")

EDIT = Edit("cookies", replace={"username = request.cookies.get('username')": (
    "found = __import__('re').search(r'username=([^;]*)', request.headers.get('Cookie', ''))\n"
    "    username = found and found.group(1)"
)})

app, spec_python_api = build(EDIT)
