"""Mutant upload_serve_wrong_folder: uploaded files are served from the temp folder, not from UPLOAD_FOLDER where they were saved"""

from mutants.kit import Edit, build

RULES = ['uploads.10']
BREAKS = 'uploaded files are served from the temp folder, not from UPLOAD_FOLDER where they were saved'

EDIT = Edit("uploads", replace={"send_from_directory(app.config['UPLOAD_FOLDER'], filename)": "send_from_directory(tempfile.gettempdir(), filename)"})

app, spec_python_api = build(EDIT)
