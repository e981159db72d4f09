"""Small hostile HTTP servers: implementations that misbehave on purpose, for the harness tests
and the benchmark. Each runs in a process of its own, as an implementation does:

    python steps/harness/hostile.py NAME PORT [ARGUMENT ...]

``command(NAME, ...)`` gives the ``--target-server`` command line (``{port}`` left for the suite).
A server is a ``BaseHTTPRequestHandler`` subclass listed in ``SERVERS``; its arguments are in
``self.server.arguments``. Standard library only.

WSGI apps, called in-process (``--target wsgi:steps.harness.hostile:NAME``), are at the end.
"""

from __future__ import annotations

import os
import shlex
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Iterator

MiB = 1 << 20


class Hostile(BaseHTTPRequestHandler):
    """Every method is answered by ``answer``."""

    server: "HostileServer"

    def answer(self) -> None:
        raise NotImplementedError

    def do_GET(self) -> None:
        self.answer()

    do_POST = do_HEAD = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_GET

    def log_message(self, format: str, *args: object) -> None:
        pass  # a line per request would only fill the server's log


class HugeBody(Hostile):
    """Answers every request, ``/`` included, with SIZE bytes (default 300 MiB) and STATUS (default
    200), with their Content-Length, written in 1 MiB pieces until the client hangs up.

    Arguments: [SIZE [STATUS]].
    """

    def answer(self) -> None:
        size = int(self.server.arguments[0]) if self.server.arguments else 300 * MiB
        status = int(self.server.arguments[1]) if len(self.server.arguments) > 1 else 200
        # The request's body read first: a 16 MiB upload and a 300 MiB answer both sent at once
        # would fill both sockets' buffers, and the request would time out instead.
        unread = int(self.headers.get("Content-Length") or 0)
        while unread > 0 and (received := self.rfile.read(min(unread, MiB))):
            unread -= len(received)
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        piece = b"x" * MiB
        try:
            for start in range(0, size, MiB):
                self.wfile.write(piece[: min(MiB, size - start)])
        except OSError:
            self.close_connection = True  # the suite stopped reading: expected


class Sleeper(Hostile):
    """Sleeps SECONDS (default 30) before answering 404, except ``/``, answered at once so that the
    server counts as started (one that hangs on ``/`` too is refused at start-up). With EVERY (default
    1), only every EVERY-th request sleeps (counted over the server's life), the others answer at once.

    Arguments: [SECONDS [EVERY]].
    """

    def answer(self) -> None:
        seconds = float(self.server.arguments[0]) if self.server.arguments else 30.0
        every = int(self.server.arguments[1]) if len(self.server.arguments) > 1 else 1
        if self.path != "/":
            self.server.requests += 1
            if self.server.requests % every == 0:
                time.sleep(seconds)
        self.send_response(200 if self.path == "/" else 404)
        self.send_header("Content-Length", "0")
        self.end_headers()


#: What ``garbage`` sends: bytes no HTTP response starts with, more than a startup failure quotes.
GARBAGE = b"\x16\x03\x01garbage, not HTTP " + b"x" * 200


class Garbage(Hostile):
    """Sends GARBAGE on every connection, without reading the request, and keeps it open until
    the client closes it."""

    def handle(self) -> None:
        try:
            self.wfile.write(GARBAGE)
            self.wfile.flush()
            self.rfile.read()
        except OSError:  # the client gave up first: expected
            pass


class Closing(Hostile):
    """Accepts every connection and closes it at once, answering nothing."""

    def handle(self) -> None:
        pass


SERVERS: dict[str, type[Hostile]] = {
    "huge-body": HugeBody,
    "sleeper": Sleeper,
    "garbage": Garbage,
    "closing": Closing,
}


class HostileServer(ThreadingHTTPServer):
    daemon_threads = True  # a sleeping answer does not keep a stopped server alive

    def __init__(self, port: int, handler: type[Hostile], arguments: list[str]) -> None:
        super().__init__(("127.0.0.1", port), handler)
        self.arguments = arguments
        self.requests = 0  # handlers count under the GIL; the suite asks one request at a time


def command(name: str, *arguments: object) -> str:
    """The ``--target-server`` command that starts server NAME."""
    if name not in SERVERS:
        raise KeyError(f"no hostile server named {name!r}; there are: {', '.join(SERVERS)}")
    words = [sys.executable, str(Path(__file__).resolve()), name, "{port}", *map(str, arguments)]
    return " ".join(w if w == "{port}" else shlex.quote(w) for w in words)


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[0] not in SERVERS:
        sys.exit(f"usage: hostile.py NAME PORT [ARGUMENT ...]; NAME is one of: {', '.join(SERVERS)}")
    name, port, *arguments = argv
    HostileServer(int(port), SERVERS[name], arguments).serve_forever()


# --- WSGI apps ----------------------------------------------------------------------------------

#: Where ``EndlessBody.close`` says how much it handed out, if set.
CLOSED_LOG = "HOSTILE_CLOSED_LOG"


class EndlessBody:
    """An app's iterable with no end, 64 KiB a piece; its ``close`` writes how many bytes it gave
    to the file named by $HOSTILE_CLOSED_LOG (a generator would also finish when merely dropped)."""

    piece = b"x" * (64 << 10)

    def __init__(self) -> None:
        self.given = 0

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        self.given += len(self.piece)
        return self.piece

    def close(self) -> None:
        if os.environ.get(CLOSED_LOG):
            with open(os.environ[CLOSED_LOG], "a", encoding="utf-8") as log:
                log.write(f"{self.given}\n")


def endless_body(environ: dict[str, Any], start_response: Callable[..., Any]) -> EndlessBody:
    """404 to every request, with a body that never ends."""
    start_response("404 Not Found", [("Content-Type", "text/html; charset=utf-8")])
    return EndlessBody()


def body_at_the_limit(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
    """404 to every request, with a body of exactly the most the suite reads."""
    from steps.targets import BODY_LIMIT

    start_response("404 Not Found", [("Content-Type", "text/html; charset=utf-8")])
    return [b"x" * BODY_LIMIT]


if __name__ == "__main__":
    main(sys.argv[1:])
