"""Mutant min_json_greeting: / answers the greeting as JSON, as FastAPI's first example does"""

from mutants.kit import Edit, build

RULES = ['minimal.1', 'minimal.6']
BREAKS = "/ answers JSON, {\"message\": \"Hello World!\"}, as FastAPI's first example and a Spring @RestController returning an object do"

EDIT = Edit("minimal", replace={"return 'Hello World!'": "return {'message': 'Hello World!'}"})

app, spec_python_api = build(EDIT)
