"""File uploads: request.files, save(), allowed_file, MAX_CONTENT_LENGTH, secure_filename."""
import atexit
import os
import shutil
import tempfile

from flask import Flask, abort, redirect, render_template, request, send_from_directory, url_for
from werkzeug.utils import secure_filename

ALLOWED_EXTENSIONS = set(['txt', 'pdf', 'png', 'jpg', 'jpeg', 'gif'])
# The document's '/path/to/the/uploads' is a placeholder: here a folder the environment names,
# or a temp folder of this process, removed when it exits.
UPLOAD_FOLDER = os.environ.get('QUICKSTART_UPLOAD_FOLDER')
if not UPLOAD_FOLDER:
    UPLOAD_FOLDER = tempfile.mkdtemp(prefix='quickstart-uploads-')
    atexit.register(shutil.rmtree, UPLOAD_FOLDER, ignore_errors=True)

app = Flask(__name__)
app.config['UPLOAD_FOLDER'] = UPLOAD_FOLDER
app.config['MAX_CONTENT_LENGTH'] = 16 * 1024 * 1024


def allowed_file(filename):
    return '.' in filename and filename.rsplit('.', 1)[1] in ALLOWED_EXTENSIONS


@app.route('/', methods=['GET', 'POST'])
def upload_file():
    if request.method == 'POST':
        # The document indexes request.files['file'] directly; a form sent without
        # multipart/form-data carries no file, which deserves a clear refusal.
        if 'file' not in request.files:
            abort(400, 'No file part: was the form sent as multipart/form-data, with the file in the field "file"?')
        file = request.files['file']
        if file and allowed_file(file.filename):
            filename = secure_filename(file.filename)
            # allowed_file keeps an ASCII extension, so this is never empty; if it were, saving
            # would write to the folder itself.
            if not filename:
                abort(400, 'The file name %r has no character that is safe to keep.' % file.filename)
            os.makedirs(app.config['UPLOAD_FOLDER'], exist_ok=True)
            file.save(os.path.join(app.config['UPLOAD_FOLDER'], filename))
            return redirect(url_for('uploaded_file', filename=filename))
        # The document returns nothing here (a 500 in Flask 3.1): refused with a reason instead,
        # a 400 (CONTRACT.md, uploads.12; the document's claims ask only for a 4xx).
        if not file:
            abort(400, 'No file was chosen.')
        abort(400, 'Only these file types are accepted: %s' % ', '.join(sorted(ALLOWED_EXTENSIONS)))
    # The document returns nothing on GET; completed with the Flask documentation's form.
    return render_template('upload.html')


@app.route('/uploads/<filename>')
def uploaded_file(filename):
    return send_from_directory(app.config['UPLOAD_FOLDER'], filename)
