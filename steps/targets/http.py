"""Targets reached over real sockets: a server already running, or one the suite starts."""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from steps.targets import Target, TargetError, _ssl_context

#: Seconds a started server has to answer its first HTTP request (--server-startup-timeout).
STARTUP_SECONDS = 30.0

GUARDIAN = Path(__file__).with_name("guardian.py")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


#: How many bytes of a non-HTTP answer a startup failure quotes.
BYTES_QUOTED = 60


def answers_http(client: httpx.Client, url: str) -> httpx.TransportError | None:
    """None once the server sends any HTTP answer, else why not (accepting TCP is not enough: a
    gunicorn master accepts before its workers can answer)."""
    try:
        with client.stream("GET", url):  # its body unread: it may be huge (steps.targets.BODY_LIMIT)
            pass
    except httpx.TransportError as error:
        return error
    return None


def what_came_back(url: str, error: httpx.TransportError | None, timeout: float = 2.0) -> str:
    """What the server did instead of answering HTTP, for a startup failure: nothing listening,
    the connection closed, or the first bytes it sent (a plain GET sent again, over a raw socket)."""
    if error is None or isinstance(error, httpx.ConnectError):
        return "nothing accepted a connection on its port"
    parts = urlsplit(url)
    if parts.scheme != "http":  # over TLS, a raw socket would show only the handshake
        return f"the request failed: {error!r}"
    received = b""
    try:
        with socket.create_connection((parts.hostname, parts.port or 80), timeout=timeout) as sock:
            sock.sendall(f"GET / HTTP/1.1\r\nHost: {parts.netloc}\r\nConnection: close\r\n\r\n".encode())
            while len(received) <= BYTES_QUOTED and (chunk := sock.recv(BYTES_QUOTED + 1)):
                received += chunk
    except TimeoutError:
        if not received:
            return f"it accepted the connection and sent nothing within {timeout:g} s"
    except ConnectionResetError:  # a close before reading the request is a reset
        if not received:
            return "it closed the connection without answering (a reset)"
    except OSError as failure:
        return f"it could not be reached again: {failure.strerror or failure}"
    if not received:
        return "it closed the connection without answering"
    shown = f"{received[:BYTES_QUOTED]!r}{' ...' if len(received) > BYTES_QUOTED else ''}"
    return f"it answered {shown}, which is not a valid HTTP response"


class HTTPTarget(Target):
    """A server that is already running."""

    capabilities = frozenset({"http"})

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.name = f"server at {self.base_url}"

    def start(self) -> None:
        try:
            with httpx.stream("GET", self.base_url + "/", timeout=5.0, verify=_ssl_context()):
                pass  # its body unread, as in answers_http
        except httpx.ConnectError as error:
            raise TargetError(f"cannot reach {self.base_url}: {error}. Is the server running?") from None
        except httpx.TransportError as error:
            raise TargetError(f"{self.base_url} does not answer HTTP: {what_came_back(self.base_url, error)}") from None


class ServerTarget(HTTPTarget):
    """A server the suite starts on a free port and stops, with all its children, at the end.

    Its output (stdout and stderr) is its log: kept in a temp file, shown when it fails.
    """

    capabilities = frozenset({"http", "logs"})
    startup_timeout: float = STARTUP_SECONDS

    def __init__(self, command: str, env: dict[str, str] | None = None, name: str | None = None) -> None:
        if "{port}" not in command:
            raise TargetError(f"--target-server: the command must say where the port goes, as {{port}}: {command!r}")
        self.port = free_port()
        try:
            self.argv = shlex.split(command.replace("{port}", str(self.port)))
        except ValueError as error:  # unbalanced quotes, a trailing backslash
            raise TargetError(f"--target-server: cannot split the command as a shell would ({error}): {command!r}") from None
        super().__init__(f"http://127.0.0.1:{self.port}")
        self.name = name or f"server started by: {command}"
        self.env = {**os.environ, **(env or {})}
        self._folder = tempfile.mkdtemp(prefix="quickstart-server-")
        self._output_path = Path(self._folder) / "output.log"
        self._process: subprocess.Popen | None = None

    def start(self) -> None:
        output = self._output_path.open("wb")
        self._process = subprocess.Popen(
            [sys.executable, "-I", str(GUARDIAN), "--remove", self._folder, *self.argv],
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            env=self.env,
        )
        output.close()
        deadline = time.monotonic() + self.startup_timeout
        with httpx.Client(timeout=1.0, verify=_ssl_context()) as client:
            while (error := answers_http(client, self.base_url + "/")) is not None:
                self._check_still_starting(deadline, error)
                time.sleep(0.02)

    def _check_still_starting(self, deadline: float, error: httpx.TransportError) -> None:
        if self._process is not None and self._process.poll() is not None:
            raise TargetError(
                f"the server command exited with status {self._process.returncode} before answering HTTP "
                f"on port {self.port}: {shlex.join(self.argv)}\n{self._tail()}"
            )
        if time.monotonic() > deadline:
            # Asked before close(), which stops the server and removes its output.
            came_back, tail = what_came_back(self.base_url, error), self._tail()
            self.close()
            raise TargetError(
                f"the server did not answer HTTP on port {self.port} within {self.startup_timeout:g} s "
                f"({came_back}): {shlex.join(self.argv)}\n{tail}"
            )

    def logs(self) -> str:
        return self._output_path.read_text(encoding="utf-8", errors="replace")

    def _tail(self, lines: int = 20) -> str:
        text = self.logs().splitlines()[-lines:] if self._output_path.exists() else []
        return "its output:\n" + "\n".join("  " + line for line in text) if text else "it printed nothing"

    def close(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()  # the guardian stops the server's whole process group
            try:
                self._process.wait(15)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        shutil.rmtree(self._folder, ignore_errors=True)
