"""Mutant upload_name_lowercased: the saved name lower-cased (slugify-style sanitisers: Django's slugify, Drupal's transliteration): 'Report Q3.txt' is saved as report_q3.txt"""

from mutants.kit import Edit, build

RULES = ['uploads.7']
BREAKS = "the saved name lower-cased (slugify-style sanitisers: Django's slugify, Drupal's transliteration): 'Report Q3.txt' is saved as report_q3.txt"

EDIT = Edit("uploads", replace={"filename = secure_filename(file.filename)": "filename = secure_filename(file.filename).lower()"})

app, spec_python_api = build(EDIT)
