"""Mutant min_soft_404: a URL no rule names answers 200 with a 'Not Found' page"""

from mutants.kit import Edit, build

RULES = ['minimal.2']
BREAKS = "a URL no rule names answers 200 with a 'Not Found' page (Express's last-resort res.send, a PHP 404 page that never sets the status)"

EDIT = Edit("minimal", append="""
@app.errorhandler(404)
def not_found(error):
    return 'Not Found'
""")

app, spec_python_api = build(EDIT)
