"""ASGI apps reached in-process: one event loop in a thread of its own, the app's lifespan around
the run, and requests handed to it as an ASGI server would (the ASGI HTTP spec, 2.3).

The steps are synchronous; every request is a coroutine submitted to that loop, and the response
body comes back chunk by chunk, as the app sends it, so the suite can stop reading at its limit.
"""

from __future__ import annotations

import asyncio
import inspect
import io
import logging
import socket
import threading
import traceback
from collections.abc import Awaitable, Callable, Iterator
from typing import Any
from urllib.parse import unquote

import httpx

from steps.targets import PythonAPI, Target, TargetError

ASGIApp = Callable[[dict, Callable[[], Awaitable[dict]], Callable[[dict], Awaitable[None]]], Awaitable[None]]

#: Seconds the lifespan's startup and shutdown may take (a hanging startup is a TargetError).
LIFESPAN_SECONDS = 30.0

#: Chunks of a response body the app may send ahead of the client's reading: a bound, so an app
#: that sends without end waits for the suite, which stops at its body limit, instead of filling memory.
CHUNKS_AHEAD = 16

#: As Quart's and Flask's default handlers write a record.
LOG_FORMAT = "[%(asctime)s] %(levelname)s in %(name)s: %(message)s"


def is_asgi_app(app: object) -> bool:
    """An ``async def`` callable (or an object whose ``__call__`` is one): ASGI 3's one form."""
    return inspect.iscoroutinefunction(app) or inspect.iscoroutinefunction(getattr(app, "__call__", None))


class ClientDisconnected(OSError):
    """What ``send`` raises once the client has stopped reading, as uvicorn's does."""


class EventLoopThread:
    """One event loop, run forever in a daemon thread, until :meth:`stop`."""

    def __init__(self, name: str) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name=name, daemon=True)
        self._thread.start()

    def run(self, coroutine: Awaitable[Any], timeout: float | None = None) -> Any:
        """The coroutine's result; on timeout it is cancelled and TimeoutError raised."""
        future = asyncio.run_coroutine_threadsafe(coroutine, self.loop)  # type: ignore[arg-type]
        try:
            return future.result(timeout)
        except TimeoutError:
            future.cancel()
            raise

    def stop(self) -> None:
        if self.loop.is_closed():
            return
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        if not self._thread.is_alive():
            self.loop.close()


class Lifespan:
    """The app's lifespan (ASGI lifespan spec): startup at the target's start, shutdown at its close.

    An app that raises at once on a ``lifespan`` scope does not support it (the spec's rule); a
    startup or shutdown the app reports as failed is a TargetError saying what it said.
    """

    def __init__(self, app: ASGIApp, runner: EventLoopThread, name: str) -> None:
        self.app, self.runner, self.name = app, runner, name
        self.state: dict[str, Any] = {}
        self.supported = True
        self._to_app: asyncio.Queue[dict] | None = None
        self._from_app: asyncio.Queue[dict] | None = None
        self._task: asyncio.Task | None = None

    async def _begin(self) -> dict:
        self._to_app, self._from_app = asyncio.Queue(), asyncio.Queue()
        scope = {"type": "lifespan", "asgi": {"version": "3.0", "spec_version": "2.0"}, "state": self.state}
        self._task = asyncio.ensure_future(self.app(scope, self._to_app.get, self._from_app.put))
        return await self._exchange("lifespan.startup")

    async def _exchange(self, event: str) -> dict:
        assert self._to_app is not None and self._from_app is not None and self._task is not None
        await self._to_app.put({"type": event})
        answer = asyncio.ensure_future(self._from_app.get())
        await asyncio.wait({answer, self._task}, return_when=asyncio.FIRST_COMPLETED)
        if answer.done():
            return answer.result()
        answer.cancel()
        error = self._task.exception() if not self._task.cancelled() else None
        return {"type": "returned", "error": error}

    def startup(self) -> None:
        try:
            answer = self.runner.run(self._begin(), LIFESPAN_SECONDS)
        except TimeoutError:
            raise TargetError(f"{self.name}: the app's lifespan startup did not complete within {LIFESPAN_SECONDS:g} s") from None
        if answer["type"] == "returned":
            self.supported = False  # it raised or returned on the lifespan scope: no lifespan
        elif answer["type"] == "lifespan.startup.failed":
            raise TargetError(f"{self.name}: the app's lifespan startup failed: {answer.get('message', '')}".rstrip(": "))
        elif answer["type"] != "lifespan.startup.complete":
            raise TargetError(f"{self.name}: the app answered the lifespan startup with {answer!r}")

    def shutdown(self) -> str | None:
        """What went wrong at shutdown, if anything (the run is over: it is reported, not raised)."""
        if not self.supported or self._task is None or self._task.done():
            return None
        try:
            answer = self.runner.run(self._exchange("lifespan.shutdown"), LIFESPAN_SECONDS)
        except TimeoutError:
            return f"the app's lifespan shutdown did not complete within {LIFESPAN_SECONDS:g} s"
        if answer["type"] == "lifespan.shutdown.failed":
            return f"the app's lifespan shutdown failed: {answer.get('message', '')}"
        return None


class ResponseBody(httpx.SyncByteStream):
    """The body chunks the app sends, read in the caller's thread as they come."""

    def __init__(self, exchange: "ASGIExchange", timeout: float | None) -> None:
        self._exchange, self._timeout = exchange, timeout

    def __iter__(self) -> Iterator[bytes]:
        while True:
            try:
                chunk = self._exchange.runner.run(self._exchange.next_chunk(), self._timeout)
            except TimeoutError:
                raise httpx.ReadTimeout("the app sent no more of its body in time", request=self._exchange.request) from None
            if chunk is None:
                return
            yield chunk

    def close(self) -> None:
        self._exchange.client_gone()


class ASGIExchange:
    """One request and the app's call for it, on the loop; the transport's side in the caller's thread."""

    def __init__(self, transport: "ASGITransport", request: httpx.Request) -> None:
        self.runner, self.request, self.transport = transport.runner, request, transport
        self._body = iter(request.stream)  # type: ignore[arg-type]
        self._body_done = False
        self.started: dict | None = None
        self._no_body = False
        self._start_event: asyncio.Event | None = None
        self._chunks: asyncio.Queue[bytes | None] | None = None
        self._finished: asyncio.Event | None = None  # the response is complete, or the client gone
        self._gone = False
        self.task: asyncio.Task | None = None

    def scope(self) -> dict[str, Any]:
        url = self.request.url
        raw_path, _, query = url.raw_path.partition(b"?")
        port = url.port or (443 if url.scheme == "https" else 80)
        scope = {
            "type": "http",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": "1.1",
            "method": self.request.method,
            "scheme": url.scheme,
            # As servers do (hypercorn, uvicorn): the path percent-decoded as UTF-8, raw_path and
            # the query string as sent, byte for byte.
            "path": unquote(raw_path.decode("latin-1")),
            "raw_path": raw_path,
            "query_string": query,
            "root_path": "",
            "headers": [(name.lower(), value) for name, value in self.request.headers.raw],
            "client": ("127.0.0.1", 50000),
            "server": (url.host, port),
        }
        if self.transport.lifespan is not None and self.transport.lifespan.supported:
            scope["state"] = dict(self.transport.lifespan.state)  # a copy per request, as the spec asks
        return scope

    async def begin(self) -> None:
        """Starts the app's call; returns once it has started its response, or ended without one."""
        self._start_event, self._finished = asyncio.Event(), asyncio.Event()
        self._chunks = asyncio.Queue(CHUNKS_AHEAD)
        self.task = asyncio.ensure_future(self.transport.app(self.scope(), self.receive, self.send))
        self.task.add_done_callback(self._ended)
        started = asyncio.ensure_future(self._start_event.wait())
        await asyncio.wait({started, self.task}, return_when=asyncio.FIRST_COMPLETED)
        started.cancel()

    async def receive(self) -> dict:
        if not self._body_done:
            # The request's stream, read only as the app asks for it (a 16 MiB upload is never held twice).
            chunk = next(self._body, None)
            if chunk is not None:
                return {"type": "http.request", "body": bytes(chunk), "more_body": True}
            self._body_done = True
            return {"type": "http.request", "body": b"", "more_body": False}
        assert self._finished is not None
        await self._finished.wait()
        return {"type": "http.disconnect"}

    async def send(self, message: dict) -> None:
        assert self._start_event is not None and self._chunks is not None and self._finished is not None
        if self._gone:
            raise ClientDisconnected("the client has stopped reading the response")
        kind = message["type"]
        if kind == "http.response.start":
            if self.started is not None:
                raise RuntimeError("the app sent http.response.start twice")
            self.started = message
            status = message["status"]
            # As servers do (hypercorn's suppress_body): no body for HEAD, 1xx, 204 or 304.
            self._no_body = self.request.method == "HEAD" or 100 <= status < 200 or status in (204, 304)
            self._start_event.set()
        elif kind == "http.response.body":
            if self.started is None:
                raise RuntimeError("the app sent a body before http.response.start")
            if self._finished.is_set():
                raise RuntimeError("the app sent a body after its response was complete")
            if message.get("body") and not self._no_body:
                await self._chunks.put(bytes(message["body"]))
            if not message.get("more_body", False):
                self._finished.set()
                await self._chunks.put(None)

    async def next_chunk(self) -> bytes | None:
        """The next chunk of the body; None once it is complete."""
        assert self._chunks is not None and self._finished is not None and self.task is not None
        getting = asyncio.ensure_future(self._chunks.get())
        await asyncio.wait({getting, self.task}, return_when=asyncio.FIRST_COMPLETED)
        if getting.done():
            return getting.result()
        getting.cancel()
        if self._chunks.empty():  # the app ended
            if not self._finished.is_set():
                raise httpx.RemoteProtocolError("the app ended before its response was complete", request=self.request)
            return None
        return self._chunks.get_nowait()

    def _ended(self, task: asyncio.Task) -> None:
        """What the app raised goes to the log, as a server writes it; so does a call that ends
        with no response at all (answered 500)."""
        if task.cancelled():
            return
        error = task.exception()
        if error is not None and not isinstance(error, ClientDisconnected):
            self.transport.log_exception(self.request, error)
        elif error is None and self.started is None:
            self.transport.log.write(f"the ASGI app returned without a response to {self.request.method} "
                                     f"{self.request.url.raw_path.decode('latin-1')}\n")

    def client_gone(self) -> None:
        """The client stopped reading: ``receive`` says so, ``send`` refuses, and the call is ended."""
        def disconnect() -> None:
            self._gone = True
            if self._finished is not None and not self._finished.is_set():
                self._finished.set()
                if self.task is not None and not self.task.done():
                    self.task.cancel()  # a response cut short: the call does not outlive the connection

        if not self.runner.loop.is_closed():
            self.runner.loop.call_soon_threadsafe(disconnect)


class ASGITransport(httpx.BaseTransport):
    """Hands each request to the app on the runner's loop, as a server would.

    httpx ships an ASGITransport, but it is async only (the steps are sync) and reads the whole
    response before returning it.
    """

    def __init__(self, app: ASGIApp, runner: EventLoopThread, log: "LogBuffer", lifespan: Lifespan | None) -> None:
        self.app, self.runner, self.log, self.lifespan = app, runner, log, lifespan

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        timeout = request.extensions.get("timeout", {}).get("read")
        exchange = ASGIExchange(self, request)
        try:
            self.runner.run(exchange.begin(), timeout)
        except TimeoutError:
            exchange.client_gone()
            raise httpx.ReadTimeout("the app did not start its response in time", request=request) from None
        if exchange.started is None:
            # An app that ends without a response (it raised, or forgot): a server answers 500.
            return httpx.Response(500, headers={"content-type": "text/plain; charset=utf-8"},
                                  content=b"Internal Server Error", request=request)
        return httpx.Response(
            exchange.started["status"],
            headers=list(exchange.started.get("headers", [])),
            stream=ResponseBody(exchange, timeout),
            request=request,
        )

    def log_exception(self, request: httpx.Request, error: BaseException) -> None:
        trace = "".join(traceback.format_exception(error))
        self.log.write(f"Exception in ASGI application ({request.method} {request.url.raw_path.decode('latin-1')})\n{trace}")


class LogBuffer(io.StringIO):
    """The target's log: what the app logs through Python's logging, and what it raised."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()

    def write(self, text: str) -> int:
        with self._lock:
            return super().write(text)

    def getvalue(self) -> str:
        with self._lock:
            return super().getvalue()


class ASGITarget(Target):
    """Any ASGI app, in-process, with its lifespan run from the target's start to its close.

    Its log is every record Python's logging receives in this process while it runs (ASGI has no
    ``wsgi.errors``), written as Flask's and Quart's default handlers write them, and the traceback
    of anything the app raises. With ``listen`` (it needs hypercorn), the same app, on the same loop,
    also serves a free port of 127.0.0.1: the ``http`` capability, for a browser.
    """

    capabilities = frozenset({"logs"})

    def __init__(self, app: ASGIApp, name: str, python: PythonAPI | None = None, listen: bool = False) -> None:
        self.app = app
        self.name = name
        self.listen = listen
        self.log = LogBuffer()
        self._handler = logging.StreamHandler(self.log)
        self._handler.setFormatter(logging.Formatter(LOG_FORMAT))
        self.runner: EventLoopThread | None = None
        self.lifespan: Lifespan | None = None
        self._server: asyncio.Future | None = None
        self._server_stop: asyncio.Event | None = None
        if python is not None:
            self.python = python
            self.capabilities = self.capabilities | {"python-api"}
        if listen:
            self.capabilities = self.capabilities | {"http"}

    def start(self) -> None:
        logging.getLogger().addHandler(self._handler)
        self.runner = EventLoopThread(f"asgi {self.name}")
        self.lifespan = Lifespan(self.app, self.runner, self.name)
        self.lifespan.startup()
        if self.listen:
            self._serve()

    def _serve(self) -> None:
        """The app under hypercorn on a socket bound here (its port known before the server runs)."""
        from hypercorn.asyncio import serve
        from hypercorn.config import Config

        assert self.runner is not None
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        sock.listen(128)  # connections wait in the backlog until hypercorn accepts them
        port = sock.getsockname()[1]
        config = Config()
        config.bind = [f"fd://{sock.detach()}"]  # hypercorn owns and closes it
        config.errorlog = logging.getLogger("hypercorn.error")  # through logging, into this target's log
        config.accesslog = None

        async def begin() -> None:
            self._server_stop = asyncio.Event()
            self._server = asyncio.ensure_future(
                serve(without_lifespan(self.app), config, shutdown_trigger=self._server_stop.wait, mode="asgi")
            )

        self.runner.run(begin(), LIFESPAN_SECONDS)
        self.base_url = f"http://127.0.0.1:{port}"
        try:
            httpx.get(self.base_url + "/", timeout=LIFESPAN_SECONDS)
        except httpx.TransportError as error:
            raise TargetError(f"{self.name}: hypercorn did not serve the app on port {port}: {error!r}\n{self.logs()[-2000:]}") from None

    def transport(self) -> httpx.BaseTransport:
        if self.runner is None:
            raise RuntimeError(f"{self.name} was not started")
        return ASGITransport(self.app, self.runner, self.log, self.lifespan)

    def logs(self) -> str:
        return self.log.getvalue()

    def close(self) -> None:
        if self.runner is not None:
            if self._server is not None and self._server_stop is not None:
                stop, server = self._server_stop, self._server

                async def stop_serving() -> None:
                    stop.set()
                    await asyncio.wait({server}, timeout=LIFESPAN_SECONDS)

                self.runner.run(stop_serving())
            problem = self.lifespan.shutdown() if self.lifespan is not None else None
            if problem:
                self.log.write(f"{self.name}: {problem}\n")
            self.runner.stop()
            self.runner = None
        logging.getLogger().removeHandler(self._handler)


def without_lifespan(app: ASGIApp) -> ASGIApp:
    """The app for a server that must not run its lifespan again: the target runs it once, and
    answers the server's lifespan itself."""

    async def serve_app(scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "lifespan":
            return await app(scope, receive, send)
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})

    return serve_app


def in_process_target(app: Any, name: str) -> Target:
    """The in-process target for an app of either protocol (a fresh start of a section's app)."""
    from steps.targets.wsgi import WSGITarget

    return ASGITarget(app, name) if is_asgi_app(app) else WSGITarget(app, name)


def ask_in_process(app: Any, name: str, path: str, headers: dict[str, str] | None = None) -> Exchange:
    """One GET of ``path`` from ``app`` alone (not mounted), served by its own protocol in-process."""
    alone = in_process_target(app, name)
    alone.start()
    visitor = alone.visitor()
    try:
        return visitor.request("GET", alone.base_url + path, headers=headers)
    finally:
        visitor.close()
        alone.close()
