"""Mutant req_password_loose_numeric: the password is compared with PHP's == (JavaScript's == with a number): numeric strings compare as numbers, so 0123, 123.0 and '123 ' log in"""

from mutants.kit import Edit, build

RULES = ['request.3']
BREAKS = "the password is compared with PHP's == (JavaScript's == with a number): numeric strings compare as numbers, so 0123, 123.0 and '123 ' log in"

EDIT = Edit("request", replace={"password == '123'": "loosely_equal(password, '123')"}, append="""
import re

NUMERIC = re.compile(r'\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*')


def loosely_equal(a, b):
    if NUMERIC.fullmatch(a) and NUMERIC.fullmatch(b):
        return float(a) == float(b)
    return a == b
""")

app, spec_python_api = build(EDIT)
