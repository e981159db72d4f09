"""Mutant upload_served_as_text: the saved file read back as text and re-encoded (Express's res.send(fs.readFileSync(p, 'utf8')), Java's Files.readString): bytes that are not UTF-8 are replaced"""

from mutants.kit import Edit, build

RULES = ['uploads.10']
BREAKS = "the saved file read back as text and re-encoded (Express's res.send(fs.readFileSync(p, 'utf8')), Java's Files.readString): bytes that are not UTF-8 are replaced"

EDIT = Edit("uploads", replace={"return send_from_directory(app.config['UPLOAD_FOLDER'], filename)": (
    "path = __import__('werkzeug.security', fromlist=['safe_join']).safe_join(app.config['UPLOAD_FOLDER'], filename)\n"
    "    if path is None or not os.path.isfile(path):\n"
    "        abort(404)\n"
    "    with open(path, encoding='utf-8', errors='replace') as f:\n"
    "        return f.read()"
)})

app, spec_python_api = build(EDIT)
