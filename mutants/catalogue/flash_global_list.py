"""Mutant flash_global_list: flashes are kept in one list for the whole process (a Go package variable, an Express module-level array): every visitor sees, and takes, everyone's messages"""

from mutants.kit import Edit, build

RULES = ['flashing.2']
BREAKS = "flashes are kept in one list for the whole process (a Go package variable, an Express module-level array): every visitor sees, and takes, everyone's messages"

EDIT = Edit("flashing", append="""
waiting = []


def flash(message, category='message'):
    waiting.append(message)


def take_waiting():
    taken = list(waiting)
    waiting.clear()
    return taken


app.jinja_env.globals['get_flashed_messages'] = take_waiting
""")

app, spec_python_api = build(EDIT)
