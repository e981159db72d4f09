"""Equivalent upload_express_style: the upload section as an Express port would write it, where the contract leaves room."""

from mutants.kit import Edit, build

RULES = ['uploads.1', 'uploads.4', 'uploads.5', 'uploads.10', 'uploads.12']
ALLOWS = (
    "what a port to Express does where the contract leaves room: the form with an explicit action, "
    "an accept list and a label; an absolute Location; a refused file answered 400 with the form shown "
    "again; the saved file served as a download (res.download: attachment, application/octet-stream)"
)

EDIT = Edit(
    "uploads",
    replace={
        "return redirect(url_for('uploaded_file', filename=filename))": (
            "return redirect(url_for('uploaded_file', filename=filename, _external=True))"
        ),
        "        abort(400, 'Only these file types are accepted: %s' % ', '.join(sorted(ALLOWED_EXTENSIONS)))": (
            "        return render_template('upload.html', error='Only txt, pdf, png, jpg, jpeg and gif files'), 400"
        ),
        "return send_from_directory(app.config['UPLOAD_FOLDER'], filename)": (
            "return send_from_directory(app.config['UPLOAD_FOLDER'], filename, as_attachment=True,\n"
            "                               mimetype='application/octet-stream')"
        ),
    },
    templates={"upload.html": {
        '<form method="post" enctype="multipart/form-data">\n  <input type="file" name="file">': (
            "{% if error %}<p class=\"error\">{{ error }}</p>{% endif %}\n"
            '<form action="{{ url_for(\'upload_file\') }}" method="POST" enctype="multipart/form-data">\n'
            '  <label for="file">Pick a file</label>\n'
            '  <input id="file" type="file" name="file" accept=".txt,.pdf,.png,.jpg,.jpeg,.gif">'
        ),
    }},
)

app, spec_python_api = build(EDIT)
