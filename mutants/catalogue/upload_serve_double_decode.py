"""Mutant upload_serve_double_decode: the file name percent-decoded a second time before os.path.join (decodeURIComponent on Express's already decoded req.params, URLDecoder.decode on a Spring @PathVariable): %252e%252e%252f climbs out"""

from mutants.kit import Edit, build

RULES = ['uploads.11']
BREAKS = "the file name percent-decoded a second time before os.path.join (decodeURIComponent on Express's already decoded req.params, URLDecoder.decode on a Spring @PathVariable): %252e%252e%252f climbs out"

EDIT = Edit("uploads", replace={
    "return send_from_directory(app.config['UPLOAD_FOLDER'], filename)": (
        "path = os.path.join(app.config['UPLOAD_FOLDER'], __import__('urllib.parse').parse.unquote(filename))\n"
        "    if not os.path.isfile(path):\n"
        "        abort(404)\n"
        "    return __import__('flask').send_file(path)"
    ),
})

app, spec_python_api = build(EDIT)
