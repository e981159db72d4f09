"""What the visitor did before the scenario's one action: pages opened, logins, flashes."""

from __future__ import annotations

from pytest_bdd import given, parsers

from steps.http import quoted
from steps.targets import Exchange, Visitor


@given(parsers.re(rf"the visitor has opened {quoted('path')}(?: (?P<times>\d+) times)?"))
def _(target: Visitor, section: str, path: str, times: str | None) -> None:
    for _ in range(int(times or 1)):
        response = target.request("GET", target.url(section, path))
        assert response.status < 400, response.explain(f"expected {path} to open, to set the scene")


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
        assert 300 <= response.status < 400, response.explain("expected the login to succeed with a redirect")


@given(parsers.re(rf"the visitor has been refused a login as {quoted('username')} with password {quoted('password')}"))
def _(target: Visitor, section: str, username: str, password: str) -> None:
    response = _log_in(target, section, username, password)
    assert response.status == 200, response.explain("expected the login page again, with its error")


@given(parsers.re(rf"the message {quoted('message')} has been flashed to the visitor"))
def _(target: Visitor, section: str, message: str) -> None:
    response = target.request("POST", target.url(section, "/flash"), data={"message": message})
    assert 300 <= response.status < 400, response.explain(f"expected /flash to flash {message!r} and redirect")
