"""Mutant method_login_latin1: the form is decoded as ISO-8859-1, not UTF-8 (a servlet container without a CharacterEncodingFilter): 张三 shows as mojibake"""

from mutants.kit import Edit, build

RULES = ['methods.3']
BREAKS = 'the form is decoded as ISO-8859-1, not UTF-8 (a servlet container without a CharacterEncodingFilter): 张三 shows as mojibake'

EDIT = Edit("methods", replace={"escape(request.form['username'])": "escape(request.form['username'].encode('utf-8').decode('latin-1'))"})

app, spec_python_api = build(EDIT)
