"""Mutant upload_kept_in_memory: uploads are kept in a dict in memory, never saved to the filesystem"""

from mutants.kit import Edit, build

RULES = ['uploads.9']
BREAKS = 'uploads are kept in a dict in memory, never saved to the filesystem'

EDIT = Edit("uploads", replace={
    "app = Flask(__name__)": "app = Flask(__name__)\nKEPT = {}",
    "file.save(os.path.join(app.config['UPLOAD_FOLDER'], filename))": "KEPT[filename] = file.read()",
    "return send_from_directory(app.config['UPLOAD_FOLDER'], filename)": "return KEPT[filename] if filename in KEPT else abort(404)",
})

app, spec_python_api = build(EDIT)
