"""The session: found in the cookies where it is, read without the key, forged as a visitor can.

features/CONTRACT.md (``/sessions``) lists the forms the suite reads. The payload is the whole value
of a cookie, or one part of it between separators (``.``, or ``:`` as Django writes it); it is
base64 or base64url of a JSON object holding ``username``, padded or not, zlib-compressed or not
(Flask and Django mark that with a leading ``.``). The signature is another part of the same cookie
(Flask's ``payload.timestamp.signature``) or a cookie of its own named after it (Express's
``session`` and ``session.sig``). Every forgery edits the payload where it was found, in the same
encoding, and leaves the rest as it was: what a visitor without the key can do. Nothing here uses
Flask's, itsdangerous' or any framework's code; the well-known signing schemes (itsdangerous',
keygrip's, Django's) are written out by hand below, for forgeries with well-known keys.

This module also holds what a visitor did in another section (all.9, sessions.9) and the steps of a
second visitor (sessions.6).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import secrets
import zlib
from dataclasses import dataclass, replace
from http.cookiejar import Cookie
from typing import Any, Callable, Sequence

from pytest_bdd import given, parsers, then, when

from steps.cookies import SetCookie, jar_cookies, jar_listing, set_cookies
from steps.http import quoted
from steps.targets import Exchange, Visitor
from steps.targets.asgi import ask_in_process

#: Either base64 alphabet, padded or not.
BASE64 = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")

#: Separators between the parts of a signed value: itsdangerous' and keygrip's '.', Django's ':'.
SEPARATORS = (".", ":")

# --- A payload's encoding --------------------------------------------------------------------


@dataclass(frozen=True)
class Encoding:
    """How a payload is written: base64 alphabet and padding, zlib or not."""

    urlsafe: bool
    padded: bool
    compressed: bool

    def decode(self, text: str) -> Any:
        data = b64decode(text, self.urlsafe)
        return json.loads(zlib.decompress(data) if self.compressed else data)

    def encode(self, contents: dict[str, Any]) -> str:
        """``contents`` written this way. A payload that reads the same in either base64 alphabet,
        padded or not, is chosen when one is near: the JSON is given trailing white space until its
        base64 holds none of ``+/-_`` and needs no padding (the original may not have shown which
        alphabet it uses)."""
        data = json.dumps(contents, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        written = [zlib.compress(data + b" " * k) if self.compressed else data + b" " * k for k in range(48)]
        plain = [w for w in written if len(w) % 3 == 0 and not set(base64.b64encode(w)) & set(b"+/")]
        return b64encode(plain[0] if plain else written[0], self.urlsafe, self.padded)

    def random(self, like: str) -> str:
        """Random bytes as many as ``like`` decodes to, written like it: a signature from nowhere."""
        return b64encode(secrets.token_bytes(len(b64decode(like, self.urlsafe)) or 20), self.urlsafe, self.padded)


def b64encode(data: bytes, urlsafe: bool = True, padded: bool = False) -> str:
    text = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(data).decode("ascii")
    return text if padded else text.rstrip("=")


def b64decode(text: str, urlsafe: bool = True) -> bytes:
    text = text.rstrip("=")
    return (base64.urlsafe_b64decode if urlsafe else base64.b64decode)(text + "=" * (-len(text) % 4))


def read_payload(text: str) -> tuple[Encoding, dict[str, Any]] | None:
    """The JSON object ``text`` encodes, with how it is encoded; None when it is no payload."""
    if len(text) < 4 or not BASE64.fullmatch(text):
        return None
    urlsafe = not any(c in text for c in "+/")
    for compressed in (False, True):
        encoding = Encoding(urlsafe, text.endswith("="), compressed)
        try:
            contents = encoding.decode(text)
        except (binascii.Error, zlib.error, ValueError):
            continue
        if isinstance(contents, dict):
            return encoding, contents
    return None


# --- Where the session is --------------------------------------------------------------------


@dataclass(frozen=True)
class Session:
    """A session found in the cookies: which cookie, which part of its value, the signature's place.

    ``parts`` is the value split at ``separator`` (the whole value when there is none), ``marker``
    a leading ``.`` before them (compressed, in Flask's and Django's forms). The signature is the
    last other part, or the value of the cookie ``signature_cookie``.
    """

    cookie: str
    marker: str
    separator: str
    parts: tuple[str, ...]
    index: int
    encoding: Encoding
    contents: dict[str, Any]
    signature_cookie: str | None = None
    signature: str | None = None  # the signature cookie's value

    @property
    def value(self) -> str:
        return self.marker + self.separator.join(self.parts)

    @property
    def signature_index(self) -> int | None:
        """The part holding the signature: the last part that is not the payload."""
        if len(self.parts) < 2:
            return None
        return len(self.parts) - 1 if self.index != len(self.parts) - 1 else 0

    @property
    def form(self) -> str:
        where = f"part {self.index + 1} of {len(self.parts)} of {self.cookie!r}" if self.separator else repr(self.cookie)
        signed = (f", signed in {self.signature_cookie!r}" if self.signature_cookie
                  else ", signed in its last part" if self.signature_index is not None else ", unsigned")
        return f"the payload in {where}{signed}"

    def cookies(self) -> dict[str, str | None]:
        """The cookies that carry this session, name -> value (None: the cookie is gone)."""
        found: dict[str, str | None] = {self.cookie: self.value}
        if self.signature_cookie:
            found[self.signature_cookie] = self.signature
        return found

    def with_payload(self, payload: str) -> "Session":
        parts = list(self.parts)
        parts[self.index] = payload
        return replace(self, parts=tuple(parts))

    def with_contents(self, contents: dict[str, Any]) -> "Session":
        return replace(self.with_payload(self.encoding.encode(contents)), contents=contents)

    def with_signature(self, signature: str | None) -> "Session":
        """The same session, its signature replaced (None: removed, with its separator or cookie)."""
        if self.signature_cookie:
            return replace(self, signature=signature)
        at = self.signature_index
        assert at is not None, f"expected a signature beside the payload to replace; the session is {self.form}"
        parts = list(self.parts)
        if signature is not None:
            parts[at] = signature
            return replace(self, parts=tuple(parts))
        del parts[at]
        return replace(self, parts=tuple(parts), index=self.index - 1 if at < self.index else self.index)

    def random_signature(self) -> str:
        current = self.signature if self.signature_cookie else self.parts[self.signature_index or 0]
        found = read_signature_encoding(current or "")
        return found.random(current or "")

    def signed_with(self, key: str) -> "Session":
        """Signed with ``key`` the way its form is signed, as anyone who guesses the key can."""
        if self.signature_cookie:  # Express's cookie-session (keygrip): HMAC-SHA1 of "name=value"
            message = f"{self.cookie}={self.value}".encode()
            return self.with_signature(b64encode(hmac.new(key.encode(), message, hashlib.sha1).digest()))
        at = self.signature_index
        assert at is not None, f"expected a signature beside the payload; the session is {self.form}"
        unsigned = self.marker + self.separator.join(p for i, p in enumerate(self.parts) if i != at)
        if self.separator == "." and len(self.parts) == 3 and at == 2:
            # itsdangerous as Flask uses it: HMAC-SHA1 keyed by HMAC-SHA1(secret, salt).
            derived = hmac.new(key.encode(), b"cookie-session", hashlib.sha1).digest()
            digest = hmac.new(derived, unsigned.encode(), hashlib.sha1).digest()
        elif self.separator == ":" and len(self.parts) == 3 and at == 2:
            # Django's signing: HMAC-SHA256 keyed by SHA256(salt + "signer" + secret).
            salt = "django.contrib.sessions.backends.signed_cookies" + "signer"
            digest = hmac.new(hashlib.sha256((salt + key).encode()).digest(), unsigned.encode(), hashlib.sha256).digest()
        else:
            digest = hmac.new(key.encode(), unsigned.encode(), hashlib.sha256).digest()
        return self.with_signature(b64encode(digest))


def read_signature_encoding(text: str) -> Encoding:
    return Encoding(urlsafe=not any(c in text for c in "+/"), padded=text.endswith("="), compressed=False)


def find_session(cookies: Sequence[tuple[str, str]], username: str | None = None) -> Session | None:
    """The session among these cookies (name, value): a payload naming ``username`` (any, for None)."""
    for name, value in cookies:
        raw = value[1:-1] if len(value) >= 2 and value[0] == value[-1] == '"' else value
        marker = "." if raw.startswith(".") else ""
        body = raw[len(marker):]
        layouts = [("", (body,))] + [(sep, tuple(body.split(sep))) for sep in SEPARATORS if sep in body]
        for separator, parts in layouts:
            for index, part in enumerate(parts):
                found = read_payload(part)
                if found is None or "username" not in found[1]:
                    continue
                if username is not None and found[1]["username"] != username:
                    continue
                session = Session(name, marker, separator, parts, index, found[0], found[1])
                if not separator or len(parts) < 2:
                    signed = [(n, v) for n, v in cookies if n != name and n.startswith(name) and n[len(name)] in "._-"]
                    if signed:
                        session = replace(session, signature_cookie=signed[0][0], signature=signed[0][1])
                return session
    return None


def the_session(cookies: Sequence[tuple[str, str]], username: str | None, where: str) -> Session:
    session = find_session(cookies, username)
    named = f"naming {username!r}" if username is not None else "holding a username"
    listing = "; ".join(f"{name}={value[:60]}" for name, value in cookies) or "none"
    assert session is not None, (
        f"expected a session {named} in the cookies {where}, readable without the key (a payload of base64 JSON, "
        f"the whole value or one part of it: features/CONTRACT.md, /sessions); the cookies are: {listing}"
    )
    return session


# --- The session in the visitor's browser ----------------------------------------------------


def browser_session(target: Visitor, section: str, username: str | None = None) -> Session:
    held = [(c.name, c.value or "") for c in jar_cookies(target, section)]
    return the_session(held, username, f"the visitor's browser holds for the section ({jar_listing(target)})")


def store_session(target: Visitor, section: str, before: Session, after: Session) -> None:
    """Put the edited session in the browser, in the cookies where it was."""
    assert after.cookies() != before.cookies(), f"the forgery left the session as it was ({before.form})"
    held: dict[str, Cookie] = {}
    for cookie in jar_cookies(target, section):  # the one the section is sent first, when names repeat
        held.setdefault(cookie.name, cookie)
    for name, value in after.cookies().items():
        cookie = held[name]
        if value is None:
            target.client.cookies.jar.clear(cookie.domain, cookie.path, cookie.name)
        else:
            cookie.value = value


def edit_session(target: Visitor, section: str, edit: Callable[[Session], Session]) -> None:
    session = browser_session(target, section)
    store_session(target, section, session, edit(session))


def log_in(visitor: Visitor, section: str, username: str) -> Exchange:
    response = visitor.request("POST", visitor.url(section, "/login"), data={"username": username})
    assert response.status < 400, response.explain(f"expected to log in as {username!r}, to set the scene")
    return response


def rewrite(session: Session, username: str) -> Session:
    return session.with_contents({**session.contents, "username": username})


# --- What the visitor has done and seen, here and in other sections ------------------------------


@given(parsers.re(rf"another visitor has logged in as {quoted('username')} and has seen {quoted('text')} on {quoted('path')}"))
def _(another_visitor: Visitor, section: str, username: str, text: str, path: str) -> None:
    log_in(another_visitor, section, username)
    response = another_visitor.request("GET", another_visitor.url(section, path))
    assert response.status == 200 and text in response.visible_text, response.explain(
        f"expected {path} to show {text!r} to the other visitor, to set the scene"
    )


# --- Given: forgeries ---------------------------------------------------------------------------


@given(parsers.re(rf"the visitor has edited the session: the payload rewritten to name {quoted('username')}"))
def _(target: Visitor, section: str, username: str) -> None:
    edit_session(target, section, lambda session: rewrite(session, username))


@given(parsers.re(rf"the visitor has edited the session: the payload rewritten to name {quoted('username')} "
                  rf"and signed with the key {quoted('key')}"))
def _(target: Visitor, section: str, username: str, key: str) -> None:
    edit_session(target, section, lambda session: rewrite(session, username).signed_with(key))


@given("the visitor has edited the session: the signature replaced by random bytes")
def _(target: Visitor, section: str) -> None:
    edit_session(target, section, lambda session: session.with_signature(session.random_signature()))


@given("the visitor has edited the session: the signature removed")
def _(target: Visitor, section: str) -> None:
    edit_session(target, section, lambda session: session.with_signature(None))


@given(parsers.re(rf"the visitor has edited the session: the payload taken from the session of {quoted('username')}"))
def _(target: Visitor, section: str, another_visitor: Visitor, username: str) -> None:
    # Another browser logs in as `username`; its genuine payload travels with this visitor's signature.
    log_in(another_visitor, section, username)
    theirs = browser_session(another_visitor, section, username)
    edit_session(target, section, lambda ours: ours.with_payload(theirs.parts[theirs.index]))


@given(parsers.re(rf"the visitor has edited the session: all of it written anew, naming {quoted('username')}"))
def _(target: Visitor, section: str, username: str) -> None:
    # A payload holding nothing but the name, a signature of random bytes: a session from scratch.
    def written(session: Session) -> Session:
        anew = session.with_contents({"username": username})
        return anew.with_signature(anew.random_signature())

    edit_session(target, section, written)


# --- When ------------------------------------------------------------------------------------


@when(parsers.re(rf"a visitor opens {quoted('path')} of the {quoted('other')} section"), target_fixture="response")
def _(target: Visitor, path: str, other: str) -> Exchange:
    return target.request("GET", target.url(other, path))


@when(parsers.re(rf"a visitor logs in with the username {quoted('username')}"), target_fixture="response")
def _(target: Visitor, section: str, username: str) -> Exchange:
    # The name in the step's quotes, white space included (a table cell would be stripped).
    return target.request("POST", target.url(section, "/login"), data={"username": username})


# --- Then --------------------------------------------------------------------------------------


@then(parsers.re(rf"the visitor is redirected with (?P<statuses>30\d(?:, 30\d)* or 30\d) to {quoted('path')}"))
def _(target: Visitor, section: str, response: Exchange, statuses: str, path: str) -> None:
    allowed = {int(s) for s in statuses.replace(" or ", ", ").split(", ")}
    expected = target.url(section, path)
    assert response.status in allowed and response.location == expected, response.explain(
        f"expected a redirect to {expected} with one of {sorted(allowed)}"
    )


@then(parsers.re(rf"the session cookie reveals the username {quoted('username')} without the key"))
def _(response: Exchange, username: str) -> None:
    sent = [(c.name, c.raw) for c in set_cookies(response)]
    session = the_session(sent, None, "the response sets")
    assert session.contents.get("username") == username, response.explain(
        f"expected the session to name {username!r} exactly; {session.form} decodes to {session.contents!r}"
    )


@then(parsers.re(rf"every cookie holding the session of {quoted('username')} is set with the {quoted('attribute')} attribute"))
def _(response: Exchange, username: str, attribute: str) -> None:
    cookies = set_cookies(response)
    session = the_session([(c.name, c.raw) for c in cookies], username, "the response sets")
    by_name: dict[str, SetCookie] = {c.name: c for c in cookies}
    lacking = [name for name in session.cookies() if attribute.lower() not in by_name[name].attributes]
    assert not lacking, response.explain(f"expected {attribute} on every cookie of the session ({session.form}); "
                                         f"it is missing on {lacking}")


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
    session = browser_session(target, section)
    header = "; ".join(f"{name}={value}" for name, value in session.cookies().items() if value is not None)
    # The fresh app is not mounted: its index is at /.
    return ask_in_process(target.python.fresh_app(section), f"a fresh start of {section}", "/", {"cookie": header})
