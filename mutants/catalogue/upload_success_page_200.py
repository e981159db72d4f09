"""Mutant upload_success_page_200: a saved file answers 200 with a page saying so (PHP's w3schools example, Express tutorials' res.send('File uploaded!')), no redirect"""

from mutants.kit import Edit, build

RULES = ['uploads.4']
BREAKS = "a saved file answers 200 with a page saying so (PHP's w3schools example, Express tutorials' res.send('File uploaded!')), no redirect"

EDIT = Edit("uploads", replace={"return redirect(url_for('uploaded_file', filename=filename))": "return 'The file %s has been uploaded.' % filename"})

app, spec_python_api = build(EDIT)
