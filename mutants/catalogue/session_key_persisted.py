"""Mutant session_key_persisted: the key is drawn once and kept in a file, reused by every later start"""

from mutants.kit import Edit, build

RULES = ['sessions.11']
BREAKS = ("the secret key is drawn at the first start and saved beside the app (Rails' tmp/local_secret.txt in "
          "development, a generated .env APP_KEY in Laravel): every later start reuses it")

EDIT = Edit("sessions", replace={"app.secret_key = os.urandom(24)": (
    "KEY_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'secret_key')\n"
    "if not os.path.exists(KEY_FILE):\n"
    "    with open(KEY_FILE, 'wb') as key_file:\n"
    "        key_file.write(os.urandom(24))\n"
    "with open(KEY_FILE, 'rb') as key_file:\n"
    "    app.secret_key = key_file.read()"
)})

app, spec_python_api = build(EDIT)
