"""Mutant upload_save_raw_name: the file saved under the name as sent, the secure name used only for the redirect (a port that keeps file.filename in save()): '../../../etc/passwd.txt' is written outside the folder"""

from mutants.kit import Edit, build

RULES = ['uploads.9']
BREAKS = "the file saved under the name as sent, the secure name used only for the redirect (a port that keeps file.filename in save()): '../../../etc/passwd.txt' is written outside the folder"

EDIT = Edit("uploads", replace={"file.save(os.path.join(app.config['UPLOAD_FOLDER'], filename))": "file.save(os.path.join(app.config['UPLOAD_FOLDER'], file.filename))"})

app, spec_python_api = build(EDIT)
