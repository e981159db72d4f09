"""Mutant flash_index_cached: the index page is cached by URL alone (Django's cache_page without Vary: Cookie, a proxy or CDN cache): one visitor's messages are served to the next"""

from mutants.kit import Edit, build

RULES = ['flashing.2']
BREAKS = "the index page is cached by URL alone (Django's cache_page without Vary: Cookie, a proxy or CDN cache): one visitor's messages are served to the next"

EDIT = Edit("flashing", append="""
cached_pages = {}
render_uncached = render_template


def render_template(name, **context):
    if name != 'index.html':
        return render_uncached(name, **context)
    if name not in cached_pages:
        cached_pages[name] = render_uncached(name, **context)
    return cached_pages[name]
""")

app, spec_python_api = build(EDIT)
