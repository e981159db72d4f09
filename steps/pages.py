"""What a person sees: the page's text as a browser shows it (via BeautifulSoup), not its markup."""

from __future__ import annotations

from pytest_bdd import parsers, then

from steps.http import quoted
from steps.targets import Exchange


@then(parsers.re(rf"the page reads {quoted('text')}"))
def _(response: Exchange, text: str) -> None:
    assert response.visible_text == text, response.explain(
        f"expected the page to read exactly {text!r}, it reads {response.visible_text!r}"
    )


@then(parsers.re(rf"the page shows {quoted('text')}"))
def _(response: Exchange, text: str) -> None:
    assert text in response.visible_text, response.explain(
        f"expected the page to show {text!r}, it reads {response.visible_text!r}"
    )


@then(parsers.re(rf"the page does not show {quoted('text')}"))
def _(response: Exchange, text: str) -> None:
    assert text not in response.visible_text, response.explain(f"expected the page not to show {text!r}")
