"""The target seam: what the steps talk to instead of Flask.

A *target* is one implementation of the contract (features/CONTRACT.md). Per scenario it hands
out a fresh :class:`Visitor`: one HTTP client with its own cookie jar, which never follows a
redirect behind the scenario's back. Every request returns an :class:`Exchange` that can explain
itself when an assertion about it fails.

Steps never import Flask or the reference app; what only Python can show (``url_for`` called in
Python, running ``hello.py``) is reached through :attr:`Target.python`, present only on targets
that declare the ``python-api`` capability.
"""

from __future__ import annotations

import functools
import itertools
import re
import ssl
import time
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Mapping, Protocol
from urllib.parse import parse_qs, quote, urljoin, urlsplit

import httpx
from bs4 import BeautifulSoup

from steps.contract import section_prefix
from steps.targets.text import rendered_text

#: Seconds any single request may take before it costs its scenario (a hanging server);
#: --request-timeout changes it for a run.
REQUEST_TIMEOUT = 10.0

#: After this many requests in a row got no answer within the request timeout, the run stops asking
#: the implementation: every further scenario would cost the timeout again (30 minutes a run).
TIMEOUTS_IN_A_ROW = 3

#: The most bytes of one response body the suite reads. The contract's largest answer is a few KB
#: (a page, the 142-byte stylesheet, an uploaded file of ~270 bytes served back; its 16 MiB bodies
#: are requests, never answers): 4 MiB leaves room for any framework's debug page, and keeps a run
#: against an implementation that answers hundreds of MiB to a few MiB per exchange.
BODY_LIMIT = 4 * 1024 * 1024

#: How many characters of a body a failure message quotes.
EXCERPT = 400

#: Capabilities a target may declare; a scenario tagged with one is skipped on targets without it.
CAPABILITIES = {
    "python-api": "the implementation is a Python module whose Flask API the suite can call",
    "logs": "the suite can read the implementation's log records",
    "http": "the implementation listens on a real socket, so a browser can visit it",
}


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """One for the run: loading the CA bundle per client costs ~35 ms a scenario."""
    return httpx.create_ssl_context()


class TargetError(Exception):
    """A target that cannot be used: one readable line, raised before any scenario runs."""


@dataclass
class Exchange:
    """One request and its response, as a conformance suite needs to see them."""

    method: str
    url: str
    request_headers: Mapping[str, str]
    status: int
    headers: httpx.Headers
    body: bytes

    @classmethod
    def from_response(cls, response: httpx.Response, body: bytes | None = None) -> "Exchange":
        """``body``: what was read of a streamed response; None takes the whole of a read one."""
        request = response.request
        return cls(
            method=request.method,
            url=str(request.url),
            request_headers=dict(request.headers),
            status=response.status_code,
            headers=response.headers,
            body=response.content if body is None else body,
        )

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    @cached_property
    def soup(self) -> BeautifulSoup:
        return BeautifulSoup(self.body, "html.parser")

    @cached_property
    def visible_text(self) -> str:
        """The page as a person sees it in a browser: its rendered text, white space folded.

        A browser renders HTML (or a body that does not say what it is); any other text, such as
        ``text/plain``, it shows as it is, markup and all.
        """
        if self.media_type in ("", "text/html", "application/xhtml+xml"):
            return rendered_text(self.soup)
        return " ".join(self.text.split())

    @property
    def location(self) -> str | None:
        """``Location`` resolved against the request URL (relative and absolute forms compare equal)."""
        value = self.headers.get("location")
        return None if value is None else urljoin(self.url, value)

    @property
    def allowed_methods(self) -> set[str]:
        """``Allow`` as a set: its order is not part of the contract (it varies per process)."""
        return {m.strip().upper() for m in self.headers.get("allow", "").split(",") if m.strip()}

    @property
    def media_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def explain(self, expectation: str) -> str:
        """The failure message: what was expected, then the exchange that did not meet it."""
        shown = ("content-type", "content-length", "location", "allow", "set-cookie", "etag")
        lines = [expectation, "", f"request:  {self.method} {self.url}"]
        for name in ("cookie", "content-type", "if-none-match"):
            if name in self.request_headers:
                lines.append(f"          {name}: {self.request_headers[name]}")
        lines.append(f"response: {self.status}")
        for name, value in self.headers.multi_items():
            if name.lower() in shown:
                lines.append(f"          {name}: {value}")
        # Decoded no further than the excerpt needs: a UTF-8 character is at most 4 bytes.
        start = self.body[: (EXCERPT + 1) * 4].decode("utf-8", errors="replace")
        lines.append(f"body ({len(self.body)} bytes): {excerpt(start)}")
        return "\n".join(lines)


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """``text`` for a failure message: its repr, cut after ``limit`` characters (a body may be MiBs)."""
    return repr(text[:limit]) + (" ..." if len(text) > limit else "")


class PythonAPI(Protocol):
    """What a ``python-api`` target offers beyond HTTP.

    A module offers it as ``spec_python_api``: the module of a ``wsgi:`` or ``asgi:`` target, or
    any module named by ``--python-api``, whatever the target (one served over HTTP too). Each
    method says what it means for a WSGI app (Flask) and for an ASGI app (Quart, Starlette).
    """

    def url_for(self, section: str, endpoint: str, **values: Any) -> str:
        """``url_for`` inside a test request context of the section's own app, unmounted
        (``app.test_request_context()``; Quart's is ``async with``). Raises what it raises."""

    def application(self, section: str) -> Any:
        """The section's app object as its module made it (a WSGI or an ASGI app), which the suite
        serves in-process by its own protocol, unmounted."""

    def call_as_wsgi(self, section: str, path: str) -> tuple[str, bytes]:
        """Call the section's app object by the WSGI protocol alone: (status line, body).

        Only WSGI answers it: an ASGI app has no WSGI call, so the claims that rest on one (the
        Flask instance is a WSGI application) fail for it, saying why; they are never skipped.
        ``steps.targets.reference.call_as_wsgi`` makes the call for any app.
        """

    def script(self, section: str) -> str:
        """The path of the section's module, runnable with the Python interpreter (``python
        hello.py`` serves it: ``app.run()``, Flask's and Quart's alike)."""

    def upload_folder(self) -> Path:
        """The folder the uploads section saves into (a temp folder of this run; for a server
        the suite reaches over HTTP, the folder that server saves into)."""

    def fresh_app(self, section: str) -> Any:
        """The section's app from its module executed once more, as a restart of the server would:
        a WSGI or an ASGI app, which the suite serves in-process by its own protocol."""


class Target:
    """One implementation of the contract. Subclasses say how to reach it."""

    #: Shown in the report header and in skip reasons.
    name: str = "target"
    capabilities: frozenset[str] = frozenset()
    python: PythonAPI | None = None

    #: The URL every section prefix is appended to (``http://host:port/base``).
    base_url: str = "http://localhost"
    request_timeout: float = REQUEST_TIMEOUT
    #: What every request of the run exercised, when ``--record-requests`` asks (else None).
    recorded: list[dict[str, Any]] | None = None
    #: Requests in a row that got no answer within ``request_timeout``; any answer resets it.
    timeouts_in_a_row: int = 0

    def note_timeout(self) -> None:
        self.timeouts_in_a_row += 1

    def note_answer(self) -> None:
        self.timeouts_in_a_row = 0

    @property
    def stopped_answering(self) -> str | None:
        """Why the run no longer asks this implementation anything, or None while it answers."""
        if self.timeouts_in_a_row < TIMEOUTS_IN_A_ROW:
            return None
        return (
            f"the implementation stopped answering ({self.timeouts_in_a_row} requests in a row got no answer "
            f"within {self.request_timeout:g} s)"
        )

    def transport(self) -> httpx.BaseTransport | None:
        """The transport a fresh client uses; None means real sockets."""
        return None

    def visitor(self) -> "Visitor":
        client = httpx.Client(
            transport=self.transport(),
            follow_redirects=False,
            timeout=self.request_timeout,
            verify=_ssl_context(),
        )
        return Visitor(self, client)

    def start(self) -> None:
        """Make the target ready to answer, or raise TargetError saying why it cannot."""

    def logs(self) -> str:
        """Everything the implementation has logged so far (``logs`` capability)."""
        raise NotImplementedError(f"{self.name} cannot show its logs")

    def close(self) -> None:
        """Release what the target holds (a server process, temp folders)."""


@dataclass
class Visitor:
    """A person with one browser: one cookie jar for the whole scenario."""

    target: Target
    client: httpx.Client
    history: list[Exchange] = field(default_factory=list)
    #: The feature file of the scenario this visitor serves (recorded with ``--record-requests``).
    feature: str = ""

    def url(self, section: str, path: str) -> str:
        """The absolute URL of ``path`` within ``section``; the path is sent as written."""
        return self.target.base_url.rstrip("/") + section_prefix(section) + path

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        data: Mapping[str, str] | None = None,
        files: Mapping[str, Any] | None = None,
        content: bytes | None = None,
    ) -> Exchange:
        if self.target.recorded is not None:
            content = self._record(method, url, params, headers, data, files, content)
        request = self.client.build_request(
            method, url, params=params, headers=headers, data=data, files=files, content=content
        )
        if self.target.recorded is not None:
            self.target.recorded[-1]["cookies"] = _cookie_names(request.headers.get("cookie", ""))
        _keep_dot_segments(request, url)
        try:
            response = self.client.send(request, stream=True)
            try:
                body = read_at_most(response, BODY_LIMIT, self.target.request_timeout)
            finally:
                response.close()  # an unread rest is dropped with the connection
        except httpx.TimeoutException:
            self.target.note_timeout()
            raise AssertionError(
                f"{method} {url}: no answer within {self.target.request_timeout:g} s (the implementation hangs)"
            ) from None
        except httpx.TransportError as error:
            raise AssertionError(f"{method} {url}: the request failed: {error!r}") from None
        self.target.note_answer()
        if len(body) > BODY_LIMIT:
            announced = response.headers.get("content-length")
            said = f"its Content-Length says {announced} bytes" if announced else "it gave no Content-Length"
            raise AssertionError(
                f"{method} {url}: {response.status_code} with a body over {BODY_LIMIT >> 20} MiB ({said}; the suite "
                f"stopped reading at {len(body)} bytes); the contract has no answer that large"
            )
        exchange = Exchange.from_response(response, body)
        self.history.append(exchange)
        return exchange

    def _record(self, method, url, params, headers, data, files, content):  # type: ignore[no-untyped-def]
        """Note what this request exercises (``--record-requests``); returns ``content`` unconsumed."""
        fields = [*(data or {}), *(files or {})]
        content_type = next((v for k, v in (headers or {}).items() if k.lower() == "content-type"), "")
        if content is not None and content_type.startswith("multipart/form-data"):
            # A streamed body: its field names are in the first part's headers, at its start.
            chunks = iter([content]) if isinstance(content, bytes) else iter(content)
            head = [bytes(chunk) for chunk in itertools.islice(chunks, 2)]
            fields += [n.decode() for n in re.findall(rb'form-data; name="([^"]*)"', b"".join(head))]
            content = itertools.chain(head, chunks)
        parts = urlsplit(url)
        self.target.recorded.append(  # type: ignore[union-attr]
            {"feature": self.feature, "method": method, "path": parts.path.removeprefix(urlsplit(self.target.base_url).path.rstrip("/")),
             "query": sorted({*parse_qs(parts.query, keep_blank_values=True), *(params or {})}), "fields": fields}
        )
        return content

    def logs(self) -> str:
        return self.target.logs()

    @property
    def python(self) -> PythonAPI:
        if self.target.python is None:  # the capability gate skips such scenarios first
            raise AssertionError(f"{self.target.name} offers no Python API")
        return self.target.python

    def close(self) -> None:
        self.client.close()


def read_at_most(response: httpx.Response, limit: int, seconds: float) -> bytes:
    """The body, or its first ``limit + 1`` bytes if it is longer; a body still arriving after
    ``seconds`` (a trickle) times out as a silent server does."""
    deadline = time.monotonic() + seconds
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            break
        if time.monotonic() > deadline:
            raise httpx.ReadTimeout(f"the body was not complete within {seconds:g} s", request=response.request)
    return b"".join(chunks)[: limit + 1]


def _cookie_names(header: str) -> list[str]:
    return sorted({pair.split("=", 1)[0].strip() for pair in header.split(";") if pair.strip()})


_DOT_SEGMENT = re.compile(r"(^|/)\.\.?(/|$)")


def _keep_dot_segments(request: httpx.Request, url: str) -> None:
    """Send ``.`` and ``..`` segments exactly as written (like ``curl --path-as-is``).

    httpx removes them as a browser does, which would hide a traversal attempt from the server;
    the spec needs the server to see the literal path, and refuse it.
    """
    path = urlsplit(url).path
    if _DOT_SEGMENT.search(path):
        raw = quote(path, safe="/%!$&'()*+,;=:@-._~")
        # httpx has no public way to skip its normalisation, and copy_with() would normalise again.
        request.url._uri_reference = request.url._uri_reference._replace(path=raw)  # no re-parse
