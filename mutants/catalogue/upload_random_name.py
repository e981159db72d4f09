"""Mutant upload_random_name: the file saved under a random name (multer's DiskStorage default, ASP.NET Core's Path.GetRandomFileName), not its secure name"""

from mutants.kit import Edit, build

RULES = ['uploads.7']
BREAKS = "the file saved under a random name (multer's DiskStorage default, ASP.NET Core's Path.GetRandomFileName), not its secure name"

EDIT = Edit("uploads", replace={"filename = secure_filename(file.filename)": "filename = __import__('secrets').token_hex(16)"})

app, spec_python_api = build(EDIT)
