"""Mutant upload_empty_file_refused: an empty file is refused (Django's FileField: 'The submitted file is empty.'; PHP's $_FILES size == 0 taken for no file)"""

from mutants.kit import Edit, build

RULES = ['uploads.4']
BREAKS = "an empty file is refused (Django's FileField: 'The submitted file is empty.'; PHP's $_FILES size == 0 taken for no file)"

EDIT = Edit("uploads", replace={"        file = request.files['file']": (
    "        file = request.files['file']\n"
    "        if file and not file.stream.read(1):\n"
    "            abort(400, 'The submitted file is empty.')\n"
    "        file.stream.seek(0)"
)})

app, spec_python_api = build(EDIT)
