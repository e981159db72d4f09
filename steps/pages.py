"""What a person sees: the page's text and its forms, as a browser reads them (via BeautifulSoup)."""

from __future__ import annotations

from urllib.parse import urljoin

from bs4 import Tag
from pytest_bdd import parsers, then

from steps.http import quoted, quoted_list, unquote_list
from steps.targets import Exchange, Visitor


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


def the_form(response: Exchange) -> Tag:
    """The page's one form (the upload form, the login form)."""
    forms = response.soup.find_all("form")
    assert len(forms) == 1, response.explain(f"expected the page to hold one form, it holds {len(forms)}")
    return forms[0]


@then(parsers.re(rf"the form is sent by (?P<method>GET|POST) to {quoted('path')}"))
def _(target: Visitor, section: str, response: Exchange, method: str, path: str) -> None:
    form = the_form(response)
    sent_by = (form.get("method") or "get").upper()
    # No action (or an empty one) means the page's own URL, as in the Flask docs' form.
    action = urljoin(response.url, form.get("action") or "")
    expected = target.url(section, path)
    assert (sent_by, action) == (method, expected), response.explain(
        f"expected the form to be sent by {method} to {expected}, it is sent by {sent_by} to {action}"
    )


@then(parsers.re(rf"the form's enctype is {quoted('enctype')}"))
def _(response: Exchange, enctype: str) -> None:
    actual = the_form(response).get("enctype")
    assert actual is not None and actual.lower() == enctype, response.explain(
        f"expected the form's enctype to be {enctype!r}, it is {actual!r}"
    )


@then(parsers.re(rf"the form has an? (?P<kind>[a-z]+) input named {quoted('name')}"))
def _(response: Exchange, kind: str, name: str) -> None:
    inputs = [(i.get("type") or "text").lower() for i in the_form(response).find_all("input", attrs={"name": name})]
    assert kind in inputs, response.explain(
        f"expected the form to have a {kind} input named {name!r}; inputs with that name: {inputs or 'none'}"
    )
