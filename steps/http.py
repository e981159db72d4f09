"""Requests, statuses and headers: the vocabulary every feature shares."""

from __future__ import annotations

import re

from pytest_bdd import given, parsers, then, when

from steps.contract import section_prefix
from steps.targets import Exchange, Visitor

QUOTED = r'"(?P<{}>[^"]*)"'


def quoted(name: str) -> str:
    """A quoted step argument: anything but a double quote."""
    return QUOTED.format(name)


#: One or more quoted strings: ``"a", "b" and "c"`` (a list argument of a step).
QUOTED_LIST = r'"[^"]*"(?:(?:, | and )"[^"]*")*'


def quoted_list(name: str) -> str:
    return rf"(?P<{name}>{QUOTED_LIST})"


def unquote_list(text: str) -> list[str]:
    return re.findall(r'"([^"]*)"', text)


@given(parsers.re(rf"the {quoted('section')} section"), target_fixture="section")
def _(section: str) -> str:
    section_prefix(section)  # fails early, naming the contract's sections, on a typo
    return section


@when(parsers.re(rf"a visitor opens {quoted('path')}"), target_fixture="response")
def _(target: Visitor, section: str, path: str) -> Exchange:
    return target.request("GET", target.url(section, path))


@when(parsers.re(rf"a visitor sends an? (?P<method>[A-Z]+) request to {quoted('path')}"), target_fixture="response")
def _(target: Visitor, section: str, method: str, path: str) -> Exchange:
    return target.request(method, target.url(section, path))


@when(parsers.re(rf"a visitor posts the form to {quoted('path')} with:"), target_fixture="response")
def _(target: Visitor, section: str, path: str, datatable: list[list[str]]) -> Exchange:
    return target.request("POST", target.url(section, path), data=form_fields(datatable))


def form_fields(datatable: list[list[str]]) -> dict[str, str]:
    """A two-column table ``| field | value |`` as form fields."""
    for row in datatable:
        assert len(row) == 2, f"a form table has two columns, field and value; got {row}"
    return {name: value for name, value in datatable}


@then(parsers.re(r"the status is (?P<status>\d{3})"))
def _(response: Exchange, status: str) -> None:
    assert response.status == int(status), response.explain(f"expected status {status}")


@then(parsers.re(rf"the content type is {quoted('media_type')}"))
def _(response: Exchange, media_type: str) -> None:
    assert response.media_type == media_type, response.explain(f"expected a {media_type} body")


#: The redirects that bring a browser to their target by GET: what "redirected to" means in the
#: contract. After a POST, 307 and 308 would make the browser POST again, to the target.
FOLLOWED_BY_GET = (301, 302, 303, 307, 308)
AFTER_A_FORM = (301, 302, 303)


def redirects_by_get(response: Exchange) -> tuple[int, ...]:
    return FOLLOWED_BY_GET if response.method in ("GET", "HEAD") else AFTER_A_FORM


@then(parsers.re(rf"the visitor is redirected to {quoted('path')}"))
def _(target: Visitor, section: str, response: Exchange, path: str) -> None:
    expected = target.url(section, path)
    statuses = redirects_by_get(response)
    assert response.status in statuses and response.location == expected, response.explain(
        f"expected a redirect that brings the browser to {expected} by GET ({', '.join(map(str, statuses))})"
    )


@then(parsers.re(rf"the visitor is redirected with (?P<status>30[1278]) to {quoted('path')}"))
def _(target: Visitor, section: str, response: Exchange, status: str, path: str) -> None:
    expected = target.url(section, path)
    assert response.status == int(status) and response.location == expected, response.explain(
        f"expected a {status} redirect to {expected}"
    )


@then("the body is empty")
def _(response: Exchange) -> None:
    assert response.body == b"", response.explain("expected an empty body")


@then(parsers.re(rf"the raw body (?P<negation>does not contain|contains) {quoted('text')}"))
def _(response: Exchange, negation: str, text: str) -> None:
    wanted = negation == "contains"
    assert (text in response.text) == wanted, response.explain(f"expected the raw body to {'' if wanted else 'not '}contain {text!r}")
