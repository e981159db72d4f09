"""File uploads: await request.files, await file.save(), MAX_CONTENT_LENGTH, secure_filename."""
import atexit
import os
import shutil
import tempfile

from quart import Quart, abort, redirect, render_template, request, send_from_directory, url_for
from werkzeug.utils import secure_filename

ALLOWED_EXTENSIONS = set(['txt', 'pdf', 'png', 'jpg', 'jpeg', 'gif'])
# The document's '/path/to/the/uploads' is a placeholder: a folder the environment names, or a
# temp folder of this process, removed when it exits.
UPLOAD_FOLDER = os.environ.get('QUICKSTART_UPLOAD_FOLDER')
if not UPLOAD_FOLDER:
    UPLOAD_FOLDER = tempfile.mkdtemp(prefix='quickstart-uploads-')
    atexit.register(shutil.rmtree, UPLOAD_FOLDER, ignore_errors=True)

app = Quart(__name__)
app.config['UPLOAD_FOLDER'] = UPLOAD_FOLDER
app.config['MAX_CONTENT_LENGTH'] = 16 * 1024 * 1024


def allowed_file(filename):
    return '.' in filename and filename.rsplit('.', 1)[1] in ALLOWED_EXTENSIONS


@app.route('/', methods=['GET', 'POST'])
async def upload_file():
    if request.method == 'POST':
        files = await request.files
        if 'file' not in files:
            abort(400, 'No file part: was the form sent as multipart/form-data, with the file in the field "file"?')
        file = files['file']
        if file and allowed_file(file.filename):
            filename = secure_filename(file.filename)
            if not filename:
                abort(400, 'The file name %r has no character that is safe to keep.' % file.filename)
            os.makedirs(app.config['UPLOAD_FOLDER'], exist_ok=True)
            await file.save(os.path.join(app.config['UPLOAD_FOLDER'], filename))
            return redirect(url_for('uploaded_file', filename=filename))
        if not file:
            abort(400, 'No file was chosen.')
        abort(400, 'Only these file types are accepted: %s' % ', '.join(sorted(ALLOWED_EXTENSIONS)))
    return await render_template('upload.html')


@app.route('/uploads/<filename>')
async def uploaded_file(filename):
    return await send_from_directory(app.config['UPLOAD_FOLDER'], filename)
