"""Cookies: what the visitor's browser holds, what a response sets, as a browser reads them.

A cookie's value is compared after undoing the server's serialisation (features/CONTRACT.md,
cookies.1): a quoted string (Flask, Django, Go write ``"the username"``), percent-encoding
(Express, ASP.NET Core write ``the%20username``) and ``+`` for a space (PHP, Rails write
``the+username``) all read as ``the username``. The session's cookies are read in steps/sessions.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from http.cookiejar import Cookie
from urllib.parse import unquote_plus, urlsplit

from pytest_bdd import given, parsers, then

from steps.http import quoted, quoted_list, unquote_list
from steps.targets import Exchange, Visitor

# --- Set-Cookie, as a cookie parser reads it ----------------------------------------------------


@dataclass(frozen=True)
class SetCookie:
    """One ``Set-Cookie`` header: the cookie's name, its value as sent, its attributes."""

    name: str
    raw: str  # the value exactly as the header carries it
    attributes: dict[str, str]  # lower-case attribute name -> value ('' for a flag like HttpOnly)

    @property
    def value(self) -> str:
        """The value the server meant: its serialisation undone."""
        return cookie_value(self.raw)


def parse_set_cookie(header: str) -> SetCookie:
    pair, *attributes = header.split(";")
    name, _, value = pair.partition("=")
    attrs = {}
    for attribute in attributes:
        key, _, val = attribute.partition("=")
        attrs[key.strip().lower()] = val.strip()
    return SetCookie(name.strip(), value.strip(), attrs)


def set_cookies(response: Exchange) -> list[SetCookie]:
    return [parse_set_cookie(header) for header in response.headers.get_list("set-cookie")]


def set_cookie(response: Exchange, name: str) -> SetCookie:
    """The last ``Set-Cookie`` of the response for ``name``; fails, explaining, when there is none."""
    found = [c for c in set_cookies(response) if c.name == name]
    assert found, response.explain(f"expected the response to set the cookie {name!r}")
    return found[-1]


def cookie_value(raw: str) -> str:
    """``"the username"``, ``the%20username``, ``the+username`` -> ``the username``.

    A quoted string is unquoted: inside the quotes, ``\\"`` and ``\\\\`` stand for themselves and
    ``\\ooo`` for an octal byte (how Python's and Werkzeug's cookie writers escape what a bare
    cookie value cannot hold). Anything else is percent-decoded as UTF-8, ``+`` read as a space.
    """
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        data = bytearray()
        for octal, char in re.findall(r'\\([0-3][0-7]{2})|\\?(.)', raw[1:-1], flags=re.DOTALL):
            data.extend(bytes([int(octal, 8)]) if octal else char.encode("utf-8"))
        return data.decode("utf-8", errors="replace")
    return unquote_plus(raw)


# --- The visitor's cookie jar ----------------------------------------------------------------


def section_path(target: Visitor, section: str | None) -> str:
    """The URL path of the section's prefix (``/sessions``), or of the whole site for None."""
    url = target.url(section, "") if section else target.target.base_url
    return urlsplit(url).path or "/"


def path_matches(cookie_path: str, path: str) -> bool:
    """RFC 6265 5.1.4: would a cookie with this Path be sent to this request path?"""
    return path == cookie_path or path.startswith(cookie_path.rstrip("/") + "/")


def jar_cookies(target: Visitor, section: str) -> list[Cookie]:
    """The cookies the visitor's browser would send to the section, the most specific path first."""
    path = section_path(target, section) + "/"
    found = [c for c in target.client.cookies.jar if path_matches(c.path, path)]
    return sorted(found, key=lambda c: len(c.path), reverse=True)


def jar_listing(target: Visitor) -> str:
    return ", ".join(sorted(f"{c.name} (Path={c.path})" for c in target.client.cookies.jar)) or "no cookie"


def hold_cookie(target: Visitor, section: str | None, name: str, value: str) -> None:
    """Put a cookie in the browser for the section (None: the whole site), as any browser's tools can."""
    # An empty domain matches whatever host the target runs on.
    target.client.cookies.set(name, value, domain="", path=section_path(target, section))


# --- Given: the browser's state ---------------------------------------------------------------


@given(parsers.re(rf"the visitor's browser holds the cookie {quoted('name')} with the value {quoted('value')}"
                  r"(?P<everywhere> for every section)?"))
def _(target: Visitor, section: str, name: str, value: str, everywhere: str | None) -> None:
    hold_cookie(target, None if everywhere else section, name, value)


@given(parsers.re(rf"the visitor's browser holds the cookies {quoted_list('pairs')}"))
def _(target: Visitor, section: str, pairs: str) -> None:
    # In the order given: a browser sends cookies of one path in the order they were set.
    for pair in unquote_list(pairs):
        name, equals, value = pair.partition("=")
        assert equals, f"write each cookie as name=value, got {pair!r}"
        hold_cookie(target, section, name, value)


# --- Then: what the response sets, what the browser keeps -------------------------------------


@then(parsers.re(rf"the response sets the cookie {quoted('name')} to {quoted('value')}"))
def _(response: Exchange, name: str, value: str) -> None:
    cookie = set_cookie(response, name)
    assert cookie.value == value, response.explain(
        f"expected the cookie {name!r} to read {value!r} (quoted, percent- or form-encoded alike), "
        f"it reads {cookie.value!r} (sent as {cookie.raw!r})"
    )


@then(parsers.re(rf"the visitor's browser now holds the cookie {quoted('name')} with the value {quoted('value')}"))
def _(target: Visitor, section: str, response: Exchange, name: str, value: str) -> None:
    held = [c for c in jar_cookies(target, section) if c.name == name]
    assert held, response.explain(
        f"expected the browser to keep the cookie {name!r} for the section's pages (an expired cookie, or one "
        f"for another path, is not kept); it holds {jar_listing(target)}"
    )
    actual = cookie_value(held[0].value or "")
    assert actual == value, response.explain(f"expected the browser's cookie {name!r} to read {value!r}, it reads {actual!r}")
