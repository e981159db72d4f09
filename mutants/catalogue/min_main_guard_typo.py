"""Mutant min_main_guard_typo: the guard compares __name__ with 'main': python hello.py starts no server"""

from mutants.kit import Edit, build

RULES = ['minimal.3']
BREAKS = "the guard is written if __name__ == 'main': (a common typo): run with python, hello.py starts no server"

EDIT = Edit("minimal", script_only=True, replace={"if __name__ == '__main__':": "if __name__ == 'main':"})

app, spec_python_api = build(EDIT)
