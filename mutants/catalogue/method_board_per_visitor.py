"""Mutant method_board_per_visitor: boards are kept in the visitor's session (PHP $_SESSION, Express req.session, Flask session): each visitor sees only what they posted"""

from mutants.kit import Edit, build

RULES = ['methods.4']
BREAKS = "boards are kept in the visitor's session (PHP $_SESSION, Express req.session, Flask session): each visitor sees only what they posted"

EDIT = Edit("methods", replace={"boards = {}": """from collections.abc import MutableMapping

from flask import session

app.secret_key = 'boards of one visitor'


class VisitorBoards(MutableMapping):
    def _mine(self):
        session.modified = True
        return session.setdefault('boards', {})

    def __getitem__(self, name):
        return self._mine()[name]

    def __setitem__(self, name, messages):
        self._mine()[name] = messages

    def __delitem__(self, name):
        del self._mine()[name]

    def __iter__(self):
        return iter(self._mine())

    def __len__(self):
        return len(self._mine())


boards = VisitorBoards()"""})

app, spec_python_api = build(EDIT)
