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

import httpx

from steps.targets import Target, TargetError, _ssl_context

#: Seconds a started server has to answer its first HTTP request (--server-startup-timeout).
STARTUP_SECONDS = 30.0

GUARDIAN = Path(__file__).with_name("guardian.py")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def answers_http(client: httpx.Client, url: str) -> bool:
    """True once the server sends any HTTP answer (accepting TCP is not enough: a gunicorn
    master accepts before its workers can answer)."""
    try:
        client.get(url)
    except httpx.TransportError:
        return False
    return True


class HTTPTarget(Target):
    """A server that is already running."""

    capabilities = frozenset({"http"})

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.name = f"server at {self.base_url}"

    def start(self) -> None:
        try:
            httpx.get(self.base_url + "/", timeout=5.0, verify=_ssl_context())
        except httpx.TransportError as error:
            raise TargetError(f"cannot reach {self.base_url}: {error}. Is the server running?") from None


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
        self.argv = shlex.split(command.replace("{port}", str(self.port)))
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
            while not answers_http(client, self.base_url + "/"):
                self._check_still_starting(deadline)
                time.sleep(0.02)

    def _check_still_starting(self, deadline: float) -> None:
        if self._process is not None and self._process.poll() is not None:
            raise TargetError(
                f"the server command exited with status {self._process.returncode} before answering HTTP "
                f"on port {self.port}: {shlex.join(self.argv)}\n{self._tail()}"
            )
        if time.monotonic() > deadline:
            self.close()
            raise TargetError(
                f"the server did not answer HTTP on port {self.port} within {self.startup_timeout:g} s: "
                f"{shlex.join(self.argv)}\n{self._tail()}"
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
