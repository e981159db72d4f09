"""Mutant upload_field_case_insensitive: the form field is looked up without regard to case (ASP.NET Core's Form.Files.GetFile, model binding): a file sent as 'File' is taken"""

from mutants.kit import Edit, build

RULES = ['uploads.3']
BREAKS = "the form field is looked up without regard to case (ASP.NET Core's Form.Files.GetFile, model binding): a file sent as 'File' is taken"

EDIT = Edit("uploads", replace={
    "if 'file' not in request.files:": "if not any(k.lower() == 'file' for k in request.files):",
    "file = request.files['file']": "file = next(f for k, f in request.files.items() if k.lower() == 'file')",
})

app, spec_python_api = build(EDIT)
