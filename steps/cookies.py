"""Cookies and the session: what the browser holds, what a response sets, what a visitor can forge.

The session cookie's format is part of the contract (features/CONTRACT.md, ``/sessions``):
``payload.timestamp.signature``, the payload being URL-safe base64 of JSON without padding, and
zlib-compressed when the value starts with ``.``. The steps read and forge it by hand, never
with Flask's or itsdangerous' code: a visitor without the key has nothing else either.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import secrets
import time
import zlib
from dataclasses import dataclass
from http.cookiejar import Cookie
from typing import Any, Callable
from urllib.parse import urlsplit

from pytest_bdd import given, parsers, then, when

from steps.http import quoted
from steps.targets import Exchange, Visitor
from steps.targets.wsgi import WSGITarget

SESSION_COOKIE = "session"


# --- Set-Cookie, as a cookie parser reads it ----------------------------------------------------


@dataclass(frozen=True)
class SetCookie:
    """One ``Set-Cookie`` header: the cookie's name, its value unquoted, its attributes."""

    name: str
    value: str
    attributes: dict[str, str]  # lower-case attribute name -> value ('' for a flag like HttpOnly)


def parse_set_cookie(header: str) -> SetCookie:
    pair, *attributes = header.split(";")
    name, _, value = pair.partition("=")
    attrs = {}
    for attribute in attributes:
        key, _, val = attribute.partition("=")
        attrs[key.strip().lower()] = val.strip()
    return SetCookie(name.strip(), unquote_cookie_value(value.strip()), attrs)


def unquote_cookie_value(value: str) -> str:
    """``"the username"`` -> ``the username``: the quoting is the server's serialisation, not the value.

    Inside the quotes, ``\\"`` and ``\\\\`` stand for themselves and ``\\ooo`` for an octal byte
    (how Python's and Werkzeug's cookie writers escape what a bare cookie value cannot hold).
    """
    if len(value) < 2 or value[0] != '"' or value[-1] != '"':
        return value
    raw = bytearray()
    for octal, char in re.findall(r'\\([0-3][0-7]{2})|\\?(.)', value[1:-1], flags=re.DOTALL):
        raw.extend(bytes([int(octal, 8)]) if octal else char.encode("utf-8"))
    return raw.decode("utf-8", errors="replace")


def set_cookie(response: Exchange, name: str) -> SetCookie:
    """The last ``Set-Cookie`` of the response for ``name``; fails, explaining, when there is none."""
    found = [c for c in map(parse_set_cookie, response.headers.get_list("set-cookie")) if c.name == name]
    assert found, response.explain(f"expected the response to set the cookie {name!r}")
    return found[-1]


# --- The visitor's cookie jar ----------------------------------------------------------------


def section_path(target: Visitor, section: str) -> str:
    """The URL path of the section's prefix (``/sessions``), where its cookies belong."""
    return urlsplit(target.url(section, "")).path or "/"


def jar_cookie(target: Visitor, section: str, name: str) -> Cookie:
    """The cookie ``name`` the visitor's browser would send to the section."""
    path = section_path(target, section)
    found = [c for c in target.client.cookies.jar if c.name == name and path.startswith(c.path.rstrip("/"))]
    held = sorted(f"{c.name} (Path={c.path})" for c in target.client.cookies.jar)
    assert found, f"expected the visitor's browser to hold a {name!r} cookie for {path}; it holds {held or 'none'}"
    return found[-1]


def hold_cookie(target: Visitor, section: str, name: str, value: str) -> None:
    """Put a cookie in the browser for the section, as a visitor can with any browser's tools."""
    # An empty domain matches whatever host the target runs on.
    target.client.cookies.set(name, value, domain="", path=section_path(target, section))


# --- The session cookie's format, read and written without the key ---------------------------


@dataclass(frozen=True)
class SessionCookie:
    """``[.]payload.timestamp.signature``; a leading ``.`` says the payload is zlib-compressed."""

    payload: str  # with the leading '.' when compressed
    timestamp: str
    signature: str

    @classmethod
    def parse(cls, value: str) -> "SessionCookie":
        compressed = value.startswith(".")
        parts = value[compressed:].split(".")
        assert len(parts) == 3 and all(parts), (
            f"expected the session cookie to read [.]payload.timestamp.signature, got {value!r}"
        )
        payload, timestamp, signature = parts
        return cls("." * compressed + payload, timestamp, signature)

    @classmethod
    def written_by_hand(cls, contents: dict[str, Any]) -> "SessionCookie":
        """A cookie in the right format whose signature is random bytes: what a forger can make."""
        now = int(time.time()).to_bytes(4, "big")
        return cls(encode_payload(contents), b64encode(now), b64encode(secrets.token_bytes(20)))

    def contents(self) -> dict[str, Any]:
        compressed = self.payload.startswith(".")
        try:
            data = b64decode(self.payload[compressed:])
            if compressed:
                data = zlib.decompress(data)
            contents = json.loads(data)
        except (binascii.Error, zlib.error, ValueError) as error:
            raise AssertionError(f"the session cookie's payload {self.payload!r} is not base64 JSON: {error}") from None
        assert isinstance(contents, dict), f"expected the session payload to be a JSON object, got {contents!r}"
        return contents

    def __str__(self) -> str:
        return f"{self.payload}.{self.timestamp}.{self.signature}"


def b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def encode_payload(contents: dict[str, Any]) -> str:
    return b64encode(json.dumps(contents, separators=(",", ":")).encode("utf-8"))


def edit_session_cookie(target: Visitor, section: str, edit: Callable[[SessionCookie], SessionCookie]) -> None:
    """Replace the value of the session cookie in the browser by ``edit(SessionCookie)``."""
    cookie = jar_cookie(target, section, SESSION_COOKIE)
    forged = str(edit(SessionCookie.parse(cookie.value or "")))
    assert forged != cookie.value, "the forgery left the session cookie as it was"
    cookie.value = forged


# --- Given: the browser's state ---------------------------------------------------------------


@given(parsers.re(rf"the visitor's browser holds the cookie {quoted('name')} with the value {quoted('value')}"))
def _(target: Visitor, section: str, name: str, value: str) -> None:
    hold_cookie(target, section, name, value)


@given(parsers.re(rf"the visitor's browser holds a session cookie they wrote, naming {quoted('username')}"))
def _(target: Visitor, section: str, username: str) -> None:
    hold_cookie(target, section, SESSION_COOKIE, str(SessionCookie.written_by_hand({"username": username})))


@given(parsers.re(rf"the visitor has edited the session cookie: the payload rewritten to name {quoted('username')}"))
def _(target: Visitor, section: str, username: str) -> None:
    def rewrite(cookie: SessionCookie) -> SessionCookie:
        contents = cookie.contents()
        assert "username" in contents, f"expected the session to hold a username before rewriting it: {contents}"
        return SessionCookie(encode_payload({**contents, "username": username}), cookie.timestamp, cookie.signature)

    edit_session_cookie(target, section, rewrite)


@given("the visitor has edited the session cookie: the signature replaced by random bytes")
def _(target: Visitor, section: str) -> None:
    def resign(cookie: SessionCookie) -> SessionCookie:
        size = len(b64decode(cookie.signature))
        return SessionCookie(cookie.payload, cookie.timestamp, b64encode(secrets.token_bytes(size)))

    edit_session_cookie(target, section, resign)


@given(parsers.re(rf"the visitor has edited the session cookie: the payload taken from the session of {quoted('username')}"))
def _(target: Visitor, section: str, username: str) -> None:
    # Another browser logs in as `username`; its genuine payload travels with this visitor's signature.
    other = target.target.visitor()
    try:
        response = other.request("POST", other.url(section, "/login"), data={"username": username})
        assert response.status < 400, response.explain(f"expected another visitor to log in as {username!r}")
        theirs = SessionCookie.parse(jar_cookie(other, section, SESSION_COOKIE).value or "")
    finally:
        other.close()
    edit_session_cookie(target, section, lambda ours: SessionCookie(theirs.payload, ours.timestamp, ours.signature))


# --- Then: what the response sets --------------------------------------------------------------


@then(parsers.re(rf"the response sets the cookie {quoted('name')} to {quoted('value')}"))
def _(response: Exchange, name: str, value: str) -> None:
    cookie = set_cookie(response, name)
    assert cookie.value == value, response.explain(
        f"expected the cookie {name!r} to read {value!r} (quotes around it do not matter), it reads {cookie.value!r}"
    )


@then(parsers.re(rf"the response sets the cookie {quoted('name')} with the {quoted('attribute')} attribute"))
def _(response: Exchange, name: str, attribute: str) -> None:
    cookie = set_cookie(response, name)
    assert attribute.lower() in cookie.attributes, response.explain(
        f"expected the cookie {name!r} to be set with {attribute}, its attributes are {sorted(cookie.attributes)}"
    )


@then(parsers.re(rf"the response sets the cookie {quoted('name')} for the section's path only"))
def _(target: Visitor, section: str, response: Exchange, name: str) -> None:
    expected = section_path(target, section)
    actual = set_cookie(response, name).attributes.get("path")
    assert actual == expected, response.explain(
        f"expected the cookie {name!r} to be set with Path={expected} (kept from other sections), got Path={actual}"
    )


@then(parsers.re(rf"the session cookie reveals the username {quoted('username')} without the key"))
def _(response: Exchange, username: str) -> None:
    contents = SessionCookie.parse(set_cookie(response, SESSION_COOKIE).value).contents()
    assert contents.get("username") == username, response.explain(
        f"expected the session cookie's payload to name {username!r}, it decodes to {contents!r}"
    )


# --- A fresh start of the app (python-api): its secret key is drawn anew --------------------------


@when("the section's app is started twice", target_fixture="starts")
def _(target: Visitor, section: str) -> list[Any]:
    return [target.python.fresh_app(section) for _ in range(2)]


@then(parsers.re(r"each start has a secret key of (?P<size>\d+) bytes"))
def _(starts: list[Any], size: str) -> None:
    keys = [app.secret_key for app in starts]
    assert all(isinstance(k, bytes) and len(k) == int(size) for k in keys), (
        f"expected secret keys of {size} bytes (os.urandom({size})), got {keys!r}"
    )


@then("the two starts have different secret keys")
def _(starts: list[Any]) -> None:
    first, second = (app.secret_key for app in starts)
    assert first != second, f"expected a key drawn anew at each start, both are {first!r}"


@when("the visitor brings the session cookie to a fresh start of the section's app", target_fixture="response")
def _(target: Visitor, section: str) -> Exchange:
    cookie = jar_cookie(target, section, SESSION_COOKIE)
    fresh = WSGITarget(target.python.fresh_app(section), name=f"a fresh start of {section}").visitor()
    try:
        # The fresh app is not mounted: its index is at /.
        return fresh.request("GET", fresh.target.base_url + "/", headers={"cookie": f"{SESSION_COOKIE}={cookie.value}"})
    finally:
        fresh.close()
