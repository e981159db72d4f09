"""Mutant upload_urlencoded_accepted: a form sent without multipart/form-data is accepted: an empty file is saved under the name it sends"""

from mutants.kit import Edit, build

RULES = ['uploads.2']
BREAKS = 'a form sent without multipart/form-data is accepted: an empty file is saved under the name it sends'

EDIT = Edit("uploads", replace={"        if 'file' not in request.files:": (
    "        if 'file' not in request.files and request.form.get('file'):\n"
    "            filename = secure_filename(request.form['file'])\n"
    "            os.makedirs(app.config['UPLOAD_FOLDER'], exist_ok=True)\n"
    "            open(os.path.join(app.config['UPLOAD_FOLDER'], filename), 'wb').close()\n"
    "            return redirect(url_for('uploaded_file', filename=filename))\n"
    "        if 'file' not in request.files:"
)})

app, spec_python_api = build(EDIT)
