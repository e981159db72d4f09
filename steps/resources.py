"""Resources and how methods act on them: forms, boards, HEAD against GET, cached files, stylesheets."""

from __future__ import annotations

import uuid
from urllib.parse import urljoin

from pytest_bdd import given, parsers, then, when

from steps.http import quoted, quoted_list, unquote_list
from steps.targets import Exchange, Visitor

# ---- the requests themselves -------------------------------------------------------------------


@given(parsers.re(rf"the answer to a GET of {quoted('path')}"), target_fixture="get_answer")
def _(target: Visitor, section: str, path: str) -> Exchange:
    return target.request("GET", target.url(section, path))


@then(parsers.re(r"the status and the headers (?P<names>[A-Za-z-]+(?:, [A-Za-z-]+)*) are those of the GET"))
def _(response: Exchange, get_answer: Exchange, names: str) -> None:
    expected = [("status", get_answer.status)] + [(n, get_answer.headers.get(n)) for n in names.split(", ")]
    actual = [("status", response.status)] + [(n, response.headers.get(n)) for n in names.split(", ")]
    assert actual == expected, response.explain(f"expected {expected} as GET answered, got {actual}")


# ---- boards: POST adds, PUT replaces, DELETE removes --------------------------------------------


@given("a board nobody has written on", target_fixture="board")
def _() -> str:
    # Boards live as long as the implementation: a name of this scenario's own keeps scenarios
    # apart, in any order, in parallel workers or against one shared live server.
    return f"/boards/{uuid.uuid4().hex}"


@given(parsers.re(rf"a board with the messages? {quoted_list('messages')}"), target_fixture="board")
def _(target: Visitor, section: str, messages: str) -> str:
    board = f"/boards/{uuid.uuid4().hex}"
    for message in unquote_list(messages):
        written = target.request("POST", target.url(section, board), data={"message": message})
        assert 200 <= written.status < 300, written.explain("expected the board to take the message")
    return board


@when(
    parsers.re(rf"a visitor (?P<verb>posts|puts) the message {quoted('message')} (?:to|on) the board (?P<times>once|twice)"),
    target_fixture="response",
)
def _(target: Visitor, section: str, board: str, verb: str, message: str, times: str) -> Exchange:
    method = {"posts": "POST", "puts": "PUT"}[verb]
    for _time in range({"once": 1, "twice": 2}[times]):
        response = target.request(method, target.url(section, board), data={"message": message})
    return response


@when("a visitor deletes the board", target_fixture="response")
def _(target: Visitor, section: str, board: str) -> Exchange:
    return target.request("DELETE", target.url(section, board))


def writes(target: Visitor) -> str:
    """The requests that changed the board so far, for a failure message."""
    return ", ".join(f"{e.method} {e.status}" for e in target.history if e.method != "GET") or "none"


@then(parsers.re(rf"the board lists {quoted_list('messages')}"))
def _(target: Visitor, section: str, board: str, messages: str) -> None:
    expected = unquote_list(messages)
    shown = target.request("GET", target.url(section, board))
    listed = [" ".join(item.get_text(" ").split()) for item in shown.soup.find_all("li")]
    assert shown.status == 200 and listed == expected, shown.explain(
        f"expected the board to list {expected}, it lists {listed} (the writes answered: {writes(target)})"
    )


@then("the board is not found any more")
def _(target: Visitor, section: str, board: str, response: Exchange) -> None:
    assert 200 <= response.status < 300, response.explain("expected the DELETE to succeed")
    shown = target.request("GET", target.url(section, board))
    assert shown.status == 404, shown.explain("expected the deleted board to be 404")


# ---- conditional GET -----------------------------------------------------------------------------


@given(parsers.re(rf"a visitor has {quoted('path')} in its cache, with its ETag"), target_fixture="cached")
def _(target: Visitor, section: str, path: str) -> Exchange:
    cached = target.request("GET", target.url(section, path))
    assert cached.status == 200 and cached.headers.get("etag"), cached.explain("expected a 200 with an ETag")
    return cached


@when("the visitor revalidates it with If-None-Match", target_fixture="response")
def _(target: Visitor, cached: Exchange) -> Exchange:
    return target.request("GET", cached.url, headers={"If-None-Match": cached.headers["etag"]})


# ---- stylesheets ---------------------------------------------------------------------------------


def stylesheet_links(response: Exchange) -> list[str]:
    """The absolute URLs of the page's ``<link rel="stylesheet">`` elements."""
    links = response.soup.find_all("link", href=True)
    return [urljoin(response.url, link["href"]) for link in links if "stylesheet" in link.get("rel", [])]


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
