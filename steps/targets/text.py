"""A page's text as a browser shows it: what Chromium's ``document.body.innerText`` gives, white
space folded, computed from the HTML alone.

The rules are those of the HTML standard's ``innerText`` algorithm, for pages without a stylesheet
of their own: text in the head, scripts, styles, templates and hidden elements is not shown;
inline elements (``<em>``, ``<a>``, ``<span>``, ...) put nothing between words, so
``Hello <em>John</em>!`` reads ``Hello John!``; block elements, ``<br>``, table rows and cells
separate what is around them. Form controls show no value (an ``<input>`` is a box, not text),
but a ``<select>`` shows its options; a closed ``<details>`` shows its ``<summary>`` only. An
element's own ``style="display: ..."`` is honoured; stylesheets are not read, and SVG and MathML
are left out.
``steps/harness/test_page_text.py`` holds this reading to Chromium's on a corpus of pages.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

#: Elements whose content a browser never renders as the page's text.
NOT_RENDERED = frozenset(
    {
        "head", "title", "meta", "link", "base", "script", "style", "template", "noscript",
        "iframe", "embed", "video", "audio", "canvas", "svg", "math", "img", "input",
        "textarea", "datalist", "area", "map", "param", "source", "track",
    }
)

#: Elements displayed as blocks (or table parts, list items) by the browser's own stylesheet.
BLOCKS = frozenset(
    {
        "html", "body", "address", "article", "aside", "blockquote", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "listing",
        "main", "menu", "nav", "ol", "p", "plaintext", "pre", "search", "section", "summary",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "xmp", "option",
        "optgroup",
    }
)

_DISPLAY = re.compile(r"(?:^|;)\s*display\s*:\s*([a-z-]+)", re.IGNORECASE)


def _display(element: Tag) -> str:
    """``none``, ``block`` or ``inline``: how the browser lays the element out."""
    if element.name in NOT_RENDERED or element.has_attr("hidden"):
        return "none"
    declared = _DISPLAY.search(element.get("style") or "")
    if declared:
        value = declared.group(1).lower()
        return value if value in ("none", "inline") else "block"
    return "block" if element.name in BLOCKS else "inline"


def _collect(node: Tag, out: list[str]) -> None:
    closed_details = node.name == "details" and not node.has_attr("open")
    for child in node.children:
        if isinstance(child, Tag):
            display = _display(child)
            if display == "none" or (closed_details and child.name != "summary"):
                continue
            if child.name == "br":
                out.append("\n")
                continue
            if display == "block":
                out.append("\n")
            _collect(child, out)
            if display == "block":
                out.append("\n")
        elif isinstance(child, NavigableString) and not isinstance(child, PreformattedString):
            out.append(str(child))  # not comments, CDATA, doctypes, processing instructions


def rendered_text(soup: BeautifulSoup) -> str:
    """The page's text as a person sees it, white space folded to single spaces."""
    out: list[str] = []
    _collect(soup, out)
    return " ".join("".join(out).split())
