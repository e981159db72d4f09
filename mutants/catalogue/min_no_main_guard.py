"""Mutant min_no_main_guard: hello.py calls app.run() without the if __name__ == '__main__' guard: importing it starts a server"""

from mutants.kit import Edit, build

RULES = ['minimal.4']
BREAKS = "hello.py calls app.run() without the if __name__ == '__main__' guard: importing it starts a server"

EDIT = Edit("minimal", script_only=True, replace={"if __name__ == '__main__':\n    app.run()": "app.run()"})

app, spec_python_api = build(EDIT)
