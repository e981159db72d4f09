"""Visitors: what the visitor did before the scenario's one action (pages opened, logins, flashes),
the login form posted with values a table cannot hold (white space around them), and a second
visitor at the same time, for state that must stay with the visitor it belongs to."""

from __future__ import annotations

from typing import Iterator

import pytest
from pytest_bdd import given, parsers, then, when

from steps.http import AFTER_A_FORM, quoted, quoted_list, unquote_list
from steps.targets import Exchange, Visitor, excerpt


@pytest.fixture
def another_visitor(target: Visitor) -> Iterator[Visitor]:
    """A second person, with a browser (and cookies) of their own, visiting at the same time."""
    other = target.target.visitor()
    yield other
    other.close()


@given(parsers.re(rf"the visitor has opened {quoted('path')}(?: (?P<times>\d+) times)?"))
def _(target: Visitor, section: str, path: str, times: str | None) -> None:
    for _ in range(int(times or 1)):
        response = target.request("GET", target.url(section, path))
        assert response.status < 400, response.explain(f"expected {path} to open, to set the scene")


@given(parsers.re(rf"the visitor has seen (?P<no>no )?{quoted('text')} on {quoted('path')}"
                  rf"(?: of the {quoted('other')} section)?"))
def _(target: Visitor, section: str, no: str | None, text: str, path: str, other: str | None) -> None:
    # Whatever the status: a custom error page is seen too. The control beside a check that a
    # page changes, or that another page (or another section) does not show the same text.
    response = target.request("GET", target.url(other or section, path))
    shown = text in response.visible_text
    assert shown != bool(no), response.explain(
        f"expected {path} {'not ' if no else ''}to show {text!r} (to set the scene); it reads {excerpt(response.visible_text)}"
    )


@given(parsers.re(rf"the visitor has logged in as {quoted('username')}"))
def _(target: Visitor, section: str, username: str) -> None:
    response = target.request("POST", target.url(section, "/login"), data={"username": username})
    assert response.status < 400, response.explain(f"expected to log in as {username!r}, to set the scene")


@given("the visitor has logged out")
def _(target: Visitor, section: str) -> None:
    response = target.request("GET", target.url(section, "/logout"))
    assert response.status < 400, response.explain("expected to log out, to set the scene")


def _log_in(target: Visitor, section: str, username: str, password: str) -> Exchange:
    return target.request("POST", target.url(section, "/login"), data={"username": username, "password": password})


@given(
    parsers.re(rf"the visitor has logged in(?P<twice> twice)? as {quoted('username')} with password {quoted('password')}")
)
def _(target: Visitor, section: str, twice: str | None, username: str, password: str) -> None:
    for _attempt in range(2 if twice else 1):
        response = _log_in(target, section, username, password)
        assert response.status in AFTER_A_FORM, response.explain("expected the login to succeed with a redirect")


@given(
    parsers.re(
        rf"the visitor has posted the login form as {quoted('username')} with password {quoted('password')}"
        rf" and seen {quoted('text')}"
    )
)
def _(target: Visitor, section: str, username: str, password: str, text: str) -> None:
    # The control beside a refusal: what this form accepts (or refuses) when it is filled in right.
    response = _log_in(target, section, username, password)
    assert response.status == 200 and text in response.visible_text, response.explain(
        f"expected the login as {username!r} / {password!r} to answer 200 and show {text!r} (to set the scene)"
    )


@when(
    parsers.re(rf"a visitor posts the login form as {quoted('username')} with password {quoted('password')}"),
    target_fixture="response",
)
def _(target: Visitor, section: str, username: str, password: str) -> Exchange:
    # Quoted, so that white space around a value is sent as written (a table cell loses it).
    return _log_in(target, section, username, password)


@given(parsers.re(rf"the message {quoted('message')} has been flashed to the visitor(?: in the {quoted('other')} section)?"))
def _(target: Visitor, section: str, message: str, other: str | None) -> None:
    response = target.request("POST", target.url(other or section, "/flash"), data={"message": message})
    assert response.status in AFTER_A_FORM, response.explain(f"expected /flash to flash {message!r} and redirect")


@given(parsers.re(rf"the messages {quoted_list('messages')} have been flashed to the visitor by one request"))
def _(target: Visitor, section: str, messages: str) -> None:
    flashed = unquote_list(messages)
    # One form, the field `message` repeated, in this order.
    response = target.request("POST", target.url(section, "/flash"), data={"message": flashed})
    assert response.status in AFTER_A_FORM, response.explain(f"expected /flash to flash {flashed} and redirect")


@when(parsers.re(rf"another visitor opens {quoted('path')}"), target_fixture="response")
def _(another_visitor: Visitor, section: str, path: str) -> Exchange:
    return another_visitor.request("GET", another_visitor.url(section, path))


@then(parsers.re(rf"the first visitor still finds {quoted('text')} on {quoted('path')}"))
def _(target: Visitor, section: str, text: str, path: str) -> None:
    response = target.request("GET", target.url(section, path))
    assert text in response.visible_text, response.explain(
        f"expected the visitor it belongs to to find {text!r} on {path}; it reads {excerpt(response.visible_text)}"
    )

