"""Equivalent min_text_plain: the greeting is sent as text/plain, not text/html."""

from mutants.kit import Edit, build

RULES = ['minimal.1', 'minimal.6']
ALLOWS = ("the greeting as text/plain, as Go's content sniffing, Spring's @ResponseBody String and ASP.NET Core's "
          "MapGet(\"/\", () => \"Hello World!\") send it: a browser shows the same text")

EDIT = Edit("minimal", replace={"return 'Hello World!'": "return 'Hello World!', {'Content-Type': 'text/plain; charset=utf-8'}"})

app, spec_python_api = build(EDIT)
