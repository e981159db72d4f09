"""Equivalent tpl_other_markup: hello.html written with other markup around the same text."""

from mutants.kit import Edit, build

RULES = ['templates.1', 'templates.2', 'templates.3']
ALLOWS = ("another template around the same words: a layout, a title, the name in an inline <em>, the greeting "
          "in a <p>, as a Razor, ERB or Twig port would write it")

EDIT = Edit("templates", templates={"hello.html": {
    "<title>Hello from Flask</title>": (
        "<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Hello from Flask</title>"
        "<style>em { font-style: normal }</style></head>\n<body>\n<header>Templates</header>"
    ),
    "<h1>Hello {{ name }}!</h1>": "<p class=\"greeting\">Hello <em>{{ name }}</em>!</p>",
    "<h1>Hello, World!</h1>": "<p class=\"greeting\">Hello, <strong>World</strong>!</p>",
    "{% endif %}": "{% endif %}\n<footer>Rendered by Jinja</footer>\n</body>\n</html>",
}})

app, spec_python_api = build(EDIT)
