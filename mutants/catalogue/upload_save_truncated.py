"""Mutant upload_save_truncated: the first byte of the file is read away before save(): the stored file is not the one sent"""

from mutants.kit import Edit, build

RULES = ['uploads.10']
BREAKS = 'the first byte of the file is read away before save(): the stored file is not the one sent'

EDIT = Edit("uploads", replace={"file.save(": "file.stream.read(1)\n            file.save("})

app, spec_python_api = build(EDIT)
