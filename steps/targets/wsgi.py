"""Targets reached in-process: a WSGI app called directly, no sockets."""

from __future__ import annotations

import io
import sys
from typing import Callable, Iterable, Iterator
from urllib.parse import unquote_to_bytes

import httpx

from steps.targets import PythonAPI, Target

WSGIApp = Callable[..., Iterable[bytes]]


class StreamReader(io.RawIOBase):
    """``wsgi.input`` read from the request's stream as the app asks, as a socket would be.

    Nothing is read ahead but one buffer: an app that refuses a body by its Content-Length (413)
    never makes the suite hold that body twice.
    """

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self._pending = memoryview(b"")  # a view: taking a piece off copies nothing

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = memoryview(chunk)
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


class WSGITransport(httpx.BaseTransport):
    """Calls a WSGI app with the environ a real server would build (PEP 3333).

    httpx ships a WSGITransport, but it puts the *decoded* path in ``PATH_INFO``; servers put the
    percent-decoded bytes as latin-1, which is what Werkzeug (and every WSGI framework) expects,
    so ``/user/%E4%B8%AD`` would arrive garbled.
    """

    def __init__(self, app: WSGIApp, errors: io.StringIO | None = None) -> None:
        self.app = app
        self.errors = errors

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raw_path, _, query = request.url.raw_path.partition(b"?")
        environ = {
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": request.url.scheme,
            # Buffered, as servers hand it over: read(n) gives n bytes until the end (Werkzeug before
            # 2.2.3 took a short read for a client that hung up); read-ahead is one buffer at most.
            "wsgi.input": io.BufferedReader(StreamReader(request.stream)),
            "wsgi.errors": self.errors if self.errors is not None else sys.stderr,
            "wsgi.multithread": False,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
            "REQUEST_METHOD": request.method,
            "SCRIPT_NAME": "",
            "PATH_INFO": unquote_to_bytes(raw_path).decode("latin-1"),
            "QUERY_STRING": query.decode("latin-1"),
            "SERVER_NAME": request.url.host,
            "SERVER_PORT": str(request.url.port or (443 if request.url.scheme == "https" else 80)),
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1",
        }
        for name, value in request.headers.multi_items():
            key = name.upper().replace("-", "_")
            if key not in ("CONTENT_TYPE", "CONTENT_LENGTH"):
                key = "HTTP_" + key
            joiner = "; " if key == "HTTP_COOKIE" else ", "
            environ[key] = environ[key] + joiner + value if key in environ else value

        started: dict[str, object] = {}

        def start_response(status: str, headers: list[tuple[str, str]], exc_info: object = None) -> None:
            started["status"], started["headers"] = status, headers

        result = self.app(environ, start_response)
        body = AppBody(result)
        try:
            body.wait_for_start(started)
            # The app's mistakes, not the suite's: they are verdicts, in one line.
            if "status" not in started:
                raise AssertionError(f"{request.method} {request.url}: the app returned without calling start_response (PEP 3333)")
            code = str(started["status"]).split(" ", 1)[0]
            if not (len(code) == 3 and code.isdigit()):
                raise AssertionError(f"{request.method} {request.url}: the app's status {started['status']!r} has no three-digit code")
            status = int(code)
        except BaseException:
            body.close()
            raise
        return httpx.Response(status, headers=started["headers"], stream=body, request=request)


class AppBody(httpx.SyncByteStream):
    """The app's iterable, read only as far as the client reads: the suite stops at its body
    limit and closes it, as a server does when the client goes away."""

    def __init__(self, result: Iterable[bytes]) -> None:
        self._result = result
        self._chunks: Iterator[bytes] = iter(result)
        self._first: list[bytes] = []

    def wait_for_start(self, started: dict[str, object]) -> None:
        """An app may call ``start_response`` as late as its first chunk (PEP 3333): a generator."""
        while "status" not in started:
            chunk = next(self._chunks, None)
            if chunk is None:
                return
            self._first.append(chunk)

    def __iter__(self) -> Iterator[bytes]:
        yield from self._first
        self._first = []
        # Not `yield from`: it would call the app's close() as soon as the reader stops, and close()
        # below once more; PEP 3333 has the server call it once.
        for chunk in self._chunks:
            yield chunk

    def close(self) -> None:
        if hasattr(self._result, "close"):
            self._result.close()


class WSGITarget(Target):
    """Any WSGI app, called in-process. Its log output is what it writes to ``wsgi.errors``."""

    capabilities = frozenset({"logs"})

    def __init__(self, app: WSGIApp, name: str, python: PythonAPI | None = None) -> None:
        self.app = app
        self.name = name
        self.errors = io.StringIO()
        if python is not None:
            self.python = python
            self.capabilities = self.capabilities | {"python-api"}

    def transport(self) -> httpx.BaseTransport:
        return WSGITransport(self.app, self.errors)

    def logs(self) -> str:
        return self.errors.getvalue()
