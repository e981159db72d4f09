"""Mutant upload_keeps_crlf: the CRLF that ends a part kept in the saved file (hand-written multipart parsers that split on the boundary alone)"""

from mutants.kit import Edit, build

RULES = ['uploads.10']
BREAKS = 'the CRLF that ends a part kept in the saved file (hand-written multipart parsers that split on the boundary alone)'

EDIT = Edit("uploads", replace={"file.save(os.path.join(app.config['UPLOAD_FOLDER'], filename))": (
    "file.save(os.path.join(app.config['UPLOAD_FOLDER'], filename))" + "\n"
    "            with open(os.path.join(app.config['UPLOAD_FOLDER'], filename), 'ab') as f:\n"
    "                f.write(b'\\r\\n')"
)})

app, spec_python_api = build(EDIT)
