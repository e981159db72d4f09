"""Mutant route_hello_prefix: /hello matches every path that begins with it"""

from mutants.kit import Edit, build

RULES = ['routing.2']
BREAKS = ("/hello matches every path below it, as Express's app.use('/hello') and an unanchored pattern "
          "(Django's re_path(r'^hello'), PHP's preg_match) do: /hello/world reads Hello World")

EDIT = Edit("routing", replace={
    "@app.route('/hello')\ndef hello():": "@app.route('/hello')\n@app.route('/hello/<path:rest>')\ndef hello(rest=None):",
})

app, spec_python_api = build(EDIT)
