"""Mutant flash_escaped_twice: messages are escaped when flashed and again when shown (htmlspecialchars on input plus Twig auto-escaping, h() plus ERB): <em> shows as &lt;em&gt;"""

from mutants.kit import Edit, build

RULES = ['flashing.1']
BREAKS = 'messages are escaped when flashed and again when shown (htmlspecialchars on input plus Twig auto-escaping, h() plus ERB): <em> shows as &lt;em&gt;'

EDIT = Edit("flashing", replace={"        flash(message)\n": "        flash(str(escape(message)))\n"}, append="from markupsafe import escape")

app, spec_python_api = build(EDIT)
