"""What a person sees: the page's text as a browser shows it (via BeautifulSoup), not its markup."""

from __future__ import annotations

from pytest_bdd import parsers, then

from steps.http import quoted, quoted_list, unquote_list
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


@then(parsers.re(rf"the page shows {quoted('text')} (?P<count>\d+) times"))
def _(response: Exchange, text: str, count: str) -> None:
    seen = response.visible_text.count(text)
    assert seen == int(count), response.explain(
        f"expected the page to show {text!r} {count} times, it shows it {seen} times: {response.visible_text!r}"
    )


@then(parsers.re(rf"the page shows {quoted('first')} before {quoted('second')}"))
def _(response: Exchange, first: str, second: str) -> None:
    text = response.visible_text
    assert first in text and second in text and text.index(first) < text.index(second), response.explain(
        f"expected the page to show {first!r}, then {second!r}; it reads {text!r}"
    )


@then(parsers.re(rf"the page has a form that posts the fields {quoted_list('fields')}"))
def _(response: Exchange, fields: str) -> None:
    wanted = set(unquote_list(fields))
    posting = [form for form in response.soup.find_all("form") if form.get("method", "get").lower() == "post"]
    found = [{element["name"] for element in form.find_all(attrs={"name": True})} for form in posting]
    assert any(wanted <= names for names in found), response.explain(
        f"expected a form with method=post and the fields {sorted(wanted)}; the POST forms have {found or 'none'}"
    )
