"""Mutant req_password_compared_with_hash: the password typed is compared with the stored hash of 123, not checked against it (user.password == password in Django): no one logs in"""

from mutants.kit import Edit, build

RULES = ['request.2']
BREAKS = 'the password typed is compared with the stored hash of 123, not checked against it (user.password == password in Django): no one logs in'

EDIT = Edit("request", replace={"password == '123'": "password == hashlib.sha256(b'123').hexdigest()"}, append="import hashlib")

app, spec_python_api = build(EDIT)
