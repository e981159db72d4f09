"""Mutant method_board_stores_nothing: the board answers 201 to POST, 200 to PUT and 204 to DELETE but stores nothing: every board is 404"""

from mutants.kit import Edit, build

RULES = ['methods.4', 'methods.5', 'methods.6']
BREAKS = 'the board answers 201 to POST, 200 to PUT and 204 to DELETE but stores nothing: every board is 404'

EDIT = Edit("methods", append="""
def stores_nothing(name):
    if request.method in ('POST', 'PUT'):
        request.form['message']
        return '', 201 if request.method == 'POST' else 200
    if request.method == 'DELETE':
        return '', 204
    abort(404)


app.view_functions['board'] = stores_nothing
""")

app, spec_python_api = build(EDIT)
