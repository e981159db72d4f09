"""What a person sees: the page's text and its forms, as a browser reads them (via BeautifulSoup)."""

from __future__ import annotations

from urllib.parse import urlencode, urljoin

from bs4 import Tag
from pytest_bdd import parsers, then, when

from steps.http import form_fields, quoted, quoted_list, unquote_list
from steps.targets import Exchange, Visitor, excerpt


@then(parsers.re(rf"the page reads {quoted('text')}"))
def _(response: Exchange, text: str) -> None:
    assert response.visible_text == text, response.explain(
        f"expected the page to read exactly {text!r}, it reads {excerpt(response.visible_text)}"
    )


@then(parsers.re(rf"the page shows {quoted('text')}"))
def _(response: Exchange, text: str) -> None:
    assert text in response.visible_text, response.explain(
        f"expected the page to show {text!r}, it reads {excerpt(response.visible_text)}"
    )


@then(parsers.re(rf"the page does not show {quoted('text')}"))
def _(response: Exchange, text: str) -> None:
    assert text not in response.visible_text, response.explain(f"expected the page not to show {text!r}")


@then(parsers.re(rf"the page shows {quoted('text')} (?:(?P<count>\d+) times|(?P<once>once))"))
def _(response: Exchange, text: str, count: str | None, once: str | None) -> None:
    wanted = 1 if once else int(count or 0)
    seen = response.visible_text.count(text)
    assert seen == wanted, response.explain(
        f"expected the page to show {text!r} {wanted} times, it shows it {seen} times: {excerpt(response.visible_text)}"
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


# ---- a page's form, sent as a browser sends it ----------------------------------------------------


def form_holding(response: Exchange, names: set[str]) -> Tag:
    """The page's form that has a field of each of these names."""
    forms = response.soup.find_all("form")
    for form in forms:
        if names <= {element.get("name") for element in form.find_all(attrs={"name": True})}:
            return form
    found = [sorted(e["name"] for e in form.find_all(attrs={"name": True})) for form in forms]
    raise AssertionError(response.explain(f"expected a form with the fields {sorted(names)}; the forms have {found or 'none'}"))


def send_form(target: Visitor, page: Exchange, form: Tag, fields: dict[str, str],
              files: dict[str, tuple[str, bytes]] | None = None) -> Exchange:
    """Send ``form`` of ``page`` as a browser does: to its action, by its method, in its encoding."""
    method = (form.get("method") or "get").upper()
    action = urljoin(page.url, form.get("action") or "")
    multipart = (form.get("enctype") or "").lower() == "multipart/form-data"
    if method == "GET":
        return target.request("GET", urljoin(action, "?" + urlencode(fields)))
    if multipart:
        return target.request(method, action, data=fields, files=files or {})
    # Without multipart/form-data a browser sends a file field's file name only, as text.
    return target.request(method, action, data={**fields, **{k: name for k, (name, _) in (files or {}).items()}})


@when(parsers.re(rf"a visitor sends the form on {quoted('path')} with:"), target_fixture="response")
def _(target: Visitor, section: str, path: str, datatable: list[list[str]]) -> Exchange:
    page = target.request("GET", target.url(section, path))
    assert page.status == 200, page.explain(f"expected {path} to show a form")
    fields = form_fields(datatable)
    return send_form(target, page, form_holding(page, set(fields)), fields)
