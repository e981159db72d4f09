"""Mutant upload_bottle_filename: the name made safe as Bottle's FileUpload.filename does: base name only, spaces to dashes"""

from mutants.kit import Edit, build

RULES = ['uploads.7']
BREAKS = (
    "the name made safe as Bottle's FileUpload.filename does (the name its save() uses): base name only, "
    "spaces to dashes, 'empty' for nothing: '../../../etc/passwd.txt' is saved as passwd.txt, 'my file.txt' as my-file.txt"
)

EDIT = Edit("uploads", replace={"filename = secure_filename(file.filename)": "filename = bottle_filename(file.filename)"}, append="""
import re
import unicodedata


def bottle_filename(fname):
    # bottle.FileUpload.filename (Bottle 0.12 and 0.13), word for word.
    fname = unicodedata.normalize('NFKD', fname)
    fname = fname.encode('ASCII', 'ignore').decode('ASCII')
    fname = os.path.basename(fname.replace('\\\\', os.path.sep))
    fname = re.sub(r'[^a-zA-Z0-9-_.\\s]', '', fname).strip()
    fname = re.sub(r'[-\\s]+', '-', fname).strip('.-')
    return fname[:255] or 'empty'
""")

app, spec_python_api = build(EDIT)
