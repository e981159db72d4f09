"""Mutant log_debug_always_written: the debug message is written unfiltered (Node's console.debug, an alias of console.log; a print in a port)"""

from mutants.kit import Edit, build

RULES = ['logging.2']
BREAKS = "the debug message is written unfiltered (Node's console.debug, an alias of console.log; a print in a port)"

EDIT = Edit("logging", replace={
    "from flask import Flask\n": "from flask import Flask, request\n",
    "    app.logger.debug('A value for debugging')\n": "    request.environ['wsgi.errors'].write('DEBUG A value for debugging\\n')\n",
})

app, spec_python_api = build(EDIT)
