"""Mutant upload_exe_accepted: 'exe' is among the allowed extensions"""

from mutants.kit import Edit, build

RULES = ['uploads.5']
BREAKS = "'exe' is among the allowed extensions"

EDIT = Edit("uploads", replace={"'jpeg', 'gif'])": "'jpeg', 'gif', 'exe'])"})

app, spec_python_api = build(EDIT)
