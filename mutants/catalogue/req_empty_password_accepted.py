"""Mutant req_empty_password_accepted: an empty password is accepted (an LDAP bind with an empty password is an anonymous bind, which succeeds: PHP ldap_bind, Spring LDAP, ASP.NET)"""

from mutants.kit import Edit, build

RULES = ['request.3']
BREAKS = 'an empty password is accepted (an LDAP bind with an empty password is an anonymous bind, which succeeds: PHP ldap_bind, Spring LDAP, ASP.NET)'

EDIT = Edit("request", replace={"password == '123'": "password in ('123', '')"})

app, spec_python_api = build(EDIT)
