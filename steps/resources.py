"""Resources and how methods act on them: forms, boards, cached files, stylesheets."""

from __future__ import annotations

import re
import uuid
from urllib.parse import urljoin

import pytest
from pytest_bdd import given, parsers, then, when

from steps.http import quoted, quoted_list, unquote_list
from steps.targets import Exchange, Visitor

# ---- the requests themselves -------------------------------------------------------------------


@given(parsers.re(rf"a GET of {quoted('path')} reads {quoted('text')}"))
def _(target: Visitor, section: str, path: str, text: str) -> None:
    shown = target.request("GET", target.url(section, path))
    assert shown.status == 200 and shown.visible_text == text, shown.explain(
        f"expected a 200 page that reads {text!r}, to set the scene"
    )


@when(
    parsers.re(rf"a visitor sends (?P<methods>[A-Z]+(?:, [A-Z]+)* and [A-Z]+) requests to {quoted('path')}"),
    target_fixture="answers",
)
def _(target: Visitor, section: str, methods: str, path: str) -> list[Exchange]:
    return [target.request(method, target.url(section, path)) for method in re.split(r", | and ", methods)]


@then(parsers.re(rf"each is refused with a 4xx status, none reading {quoted('text')}"))
def _(answers: list[Exchange], text: str) -> None:
    for answer in answers:
        assert 400 <= answer.status < 500 and text not in answer.visible_text, answer.explain(
            f"expected {answer.method} to be refused with a 4xx status, without the page {text!r}"
        )


def post_form(target: Visitor, url: str, form: str, method: str = "POST") -> Exchange:
    """Sends ``form`` exactly as written, as an HTML form's body (``application/x-www-form-urlencoded``)."""
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    return target.request(method, url, headers=headers, content=form.encode("utf-8"))


@given(parsers.re(rf"the form {quoted('form')} posted to {quoted('path')} shows {quoted('text')}"))
def _(target: Visitor, section: str, form: str, path: str, text: str) -> None:
    shown = post_form(target, target.url(section, path), form)
    assert shown.status == 200 and text in shown.visible_text, shown.explain(
        f"expected the form to be taken, showing {text!r}, to set the scene"
    )


@when(parsers.re(rf"a visitor posts the form {quoted('form')} to {quoted('path')}"), target_fixture="response")
def _(target: Visitor, section: str, form: str, path: str) -> Exchange:
    return post_form(target, target.url(section, path), form)


# ---- boards: POST adds, PUT replaces, DELETE removes --------------------------------------------


def written(answer: Exchange) -> bool:
    """A write that succeeded: a 2xx, or a redirect (as a Rails or Django app answers a form)."""
    return 200 <= answer.status < 400


def listed(target: Visitor, section: str, board: str) -> tuple[Exchange, list[str]]:
    """The board page, and the text of each ``<li>`` on it (as a person reads it)."""
    shown = target.request("GET", target.url(section, board))
    return shown, [" ".join(item.get_text(" ").split()) for item in shown.soup.find_all("li")]


def fresh_board() -> str:
    # Boards live as long as the implementation: a name of this scenario's own keeps scenarios
    # apart, in any order, in parallel workers or against one shared live server.
    return f"/boards/{uuid.uuid4().hex}"


def board_with(target: Visitor, section: str, messages: list[str]) -> str:
    """A fresh board that holds ``messages``, read back: what is checked later could change."""
    board = fresh_board()
    for message in messages:
        answer = target.request("POST", target.url(section, board), data={"message": message})
        assert written(answer), answer.explain("expected the board to take the message, to set the scene")
    shown, items = listed(target, section, board)
    assert shown.status == 200 and items == messages, shown.explain(
        f"expected the board to list {messages} once written, to set the scene; it lists {items}"
    )
    return board


@given("a board nobody has written on", target_fixture="board")
def _() -> str:
    return fresh_board()


@given(parsers.re(rf"a board with the messages? {quoted_list('messages')}"), target_fixture="board")
def _(target: Visitor, section: str, messages: str) -> str:
    return board_with(target, section, unquote_list(messages))


@given(parsers.re(rf"another board with the message {quoted('message')}"), target_fixture="other_board")
def _(target: Visitor, section: str, message: str) -> str:
    return board_with(target, section, [message])


@given(parsers.re(rf"another visitor has posted the message {quoted('message')} to the board"))
def _(another_visitor: Visitor, section: str, board: str, message: str) -> None:
    answer = another_visitor.request("POST", another_visitor.url(section, board), data={"message": message})
    assert written(answer), answer.explain("expected another visitor's POST to be taken, to set the scene")


@when(
    parsers.re(rf"a visitor (?P<verb>posts|puts) the message {quoted('message')} (?:to|on) the board (?P<times>once|twice)"),
    target_fixture="response",
)
def _(target: Visitor, section: str, board: str, verb: str, message: str, times: str) -> Exchange:
    method = {"posts": "POST", "puts": "PUT"}[verb]
    for _time in range({"once": 1, "twice": 2}[times]):
        response = target.request(method, target.url(section, board), data={"message": message})
    return response


@when(parsers.re(rf"a visitor posts the messages {quoted_list('messages')} to the board"), target_fixture="response")
def _(target: Visitor, section: str, board: str, messages: str) -> Exchange:
    for message in unquote_list(messages):
        response = target.request("POST", target.url(section, board), data={"message": message})
    return response


@when(parsers.re(rf"a visitor (?P<verb>posts|puts) the form {quoted('form')} to the board"), target_fixture="response")
def _(target: Visitor, section: str, board: str, verb: str, form: str) -> Exchange:
    return post_form(target, target.url(section, board), form, method={"posts": "POST", "puts": "PUT"}[verb])


@when("a visitor opens the board", target_fixture="response")
def _(target: Visitor, section: str, board: str) -> Exchange:
    return target.request("GET", target.url(section, board))


@when("a visitor deletes the board", target_fixture="response")
def _(target: Visitor, section: str, board: str) -> Exchange:
    return target.request("DELETE", target.url(section, board))


def writes(target: Visitor) -> str:
    """The requests that changed the board so far, for a failure message."""
    return ", ".join(f"{e.method} {e.status}" for e in target.history if e.method != "GET") or "none"


@then(parsers.re(rf"the (?P<which>board|other board) (?:still )?lists {quoted_list('messages')}"))
def _(request: pytest.FixtureRequest, target: Visitor, section: str, which: str, messages: str) -> None:
    board = request.getfixturevalue({"board": "board", "other board": "other_board"}[which])
    expected = unquote_list(messages)
    shown, items = listed(target, section, board)
    assert shown.status == 200 and items == expected, shown.explain(
        f"expected the {which} to list {expected}, it lists {items} (the writes answered: {writes(target)})"
    )


@then("the board is not found")
def _(target: Visitor, section: str, board: str) -> None:
    shown = target.request("GET", target.url(section, board))
    assert shown.status == 404, shown.explain(f"expected the board to be 404 (the writes answered: {writes(target)})")


@then("the board is not found any more")
def _(target: Visitor, section: str, board: str, response: Exchange) -> None:
    assert written(response), response.explain("expected the DELETE to succeed")
    shown = target.request("GET", target.url(section, board))
    assert shown.status == 404, shown.explain("expected the deleted board to be 404")


# ---- conditional GET -----------------------------------------------------------------------------


@given(parsers.re(rf"a visitor has {quoted('path')} in its cache, with its ETag"), target_fixture="cached")
def _(target: Visitor, section: str, path: str) -> Exchange:
    cached = target.request("GET", target.url(section, path))
    assert cached.status == 200 and cached.headers.get("etag"), cached.explain("expected a 200 with an ETag")
    return cached


#: How a cache names the copy it holds in If-None-Match, from the ETag the server sent.
IF_NONE_MATCH = {
    "its ETag": lambda etag: etag,
    "its ETag marked weak": lambda etag: "W/" + etag.removeprefix("W/"),
    "a list that ends with its ETag": lambda etag: '"no-such-version", ' + etag,
    "*": lambda etag: "*",
    "another ETag": lambda etag: '"no-such-version"',
}


@when(
    parsers.re(r"the visitor revalidates it with If-None-Match: (?P<form>{})".format("|".join(map(re.escape, IF_NONE_MATCH)))),
    target_fixture="response",
)
def _(target: Visitor, cached: Exchange, form: str) -> Exchange:
    header = IF_NONE_MATCH[form](cached.headers["etag"])
    return target.request("GET", cached.url, headers={"If-None-Match": header})


# ---- static files --------------------------------------------------------------------------------


@given(parsers.re(rf"the static folder serves {quoted('path')} as {quoted('media_type')}"))
def _(target: Visitor, section: str, path: str, media_type: str) -> None:
    served = target.request("GET", target.url(section, path))
    assert served.status == 200 and served.media_type == media_type, served.explain(
        f"expected {path} to be served as {media_type}, to set the scene"
    )


# ---- stylesheets ---------------------------------------------------------------------------------


def stylesheet_links(response: Exchange) -> list[str]:
    """The absolute URLs of the page's ``<link rel="stylesheet">`` elements."""
    links = response.soup.find_all("link", href=True)
    # rel holds space-separated keywords, compared without regard to case (HTML).
    return [urljoin(response.url, link["href"]) for link in links if "stylesheet" in [r.lower() for r in link.get("rel", [])]]


@then(parsers.re(rf"the page links the stylesheet {quoted('path')}"))
def _(target: Visitor, section: str, response: Exchange, path: str) -> None:
    expected = target.url(section, path)
    found = stylesheet_links(response)
    assert expected in found, response.explain(f"expected a <link rel=stylesheet> to {expected}, found {found}")


@then(parsers.re(rf"the stylesheet it links is served as {quoted('media_type')}"))
def _(target: Visitor, response: Exchange, media_type: str) -> None:
    found = stylesheet_links(response)
    assert found, response.explain("expected a <link rel=stylesheet href=...>")
    for url in found:
        sheet = target.request("GET", url)
        assert sheet.status == 200 and sheet.media_type == media_type, sheet.explain(
            f"expected the linked stylesheet to be served as {media_type}"
        )
