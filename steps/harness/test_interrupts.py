"""Ctrl-C anywhere, in a browser scenario included, ends the run with exit status 2, pytest's short
interrupt notice, no traceback, and no process or folder left behind (issue 10, item 5); a killed
run leaves no browser either (test_cli.py covers a killed run's server). And a page that never
comes costs its scenario after --request-timeout, as a request does (item 2).

A terminal sends Ctrl-C's SIGINT to its whole foreground process group (pytest, the driver, the
browser); a signal sent to pytest alone must end as cleanly. The run's TMPDIR is the test's own
folder, so every folder the run or its browser leaves is seen, and every process the run started
is found by its environment.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from steps.harness.suite import PYTHON, ROOT, processes_with, run_suite

needs_a_browser = pytest.mark.skipif(
    not (shutil.which("chromium") and shutil.which("chromedriver")), reason="needs chromium and chromedriver on PATH"
)


class BrowserTrap:
    """A server whose "/" answers (so the run starts) and whose every other page hangs until
    released: a browser scenario asking for a page is then a scenario surely running."""

    def __init__(self) -> None:
        self.page_asked = threading.Event()
        self.released = threading.Event()
        trap = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path != "/":
                    trap.page_asked.set()
                    trap.released.wait(120)
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.released.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def run_folder() -> Iterator[Path]:
    """The run's TMPDIR: short, as Chromium's singleton socket path under it must fit 107 bytes."""
    folder = Path(tempfile.mkdtemp(prefix="ctrl-c-", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def trap() -> Iterator[BrowserTrap]:
    server = BrowserTrap()
    yield server
    server.close()


def processes_in(folder: Path) -> list[int]:
    """Processes whose TMPDIR lies in ``folder``: the run, its guardian, the driver, the browser."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and f"TMPDIR={folder}".encode() in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def interrupt_run(
    run_folder: Path, args: list[str], running: Callable[[], bool], whole_group: bool, signal_sent: int = signal.SIGINT
) -> subprocess.CompletedProcess[str]:
    """Runs the suite with ``args`` and TMPDIR in ``run_folder``, sends SIGINT (or ``signal_sent``)
    once ``running()`` says so, and returns how the run ended."""
    run = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-p", "no:randomly", "--request-timeout", "60", *args],
        cwd=ROOT, env={**os.environ, "TMPDIR": str(run_folder)}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, start_new_session=True,  # a group of its own, as a terminal's foreground job
    )
    try:
        deadline = time.monotonic() + 60
        while not running():
            assert run.poll() is None, f"the run ended before it was interrupted:\n{run.communicate()[0]}"
            assert time.monotonic() < deadline, "the browser scenario never started"
            time.sleep(0.02)
        if whole_group:
            os.killpg(run.pid, signal_sent)
        else:
            run.send_signal(signal_sent)
        output, _ = run.communicate(timeout=90)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            run.wait()
    return subprocess.CompletedProcess(run.args, run.returncode, output, "")


def browser_scenarios(target: str) -> list[str]:
    return ["--target", target, "-m", "browser"]


def assert_ended_as_an_interrupt_leaving_nothing(result: subprocess.CompletedProcess[str], run_folder: Path) -> None:
    output = result.stdout
    assert result.returncode == pytest.ExitCode.INTERRUPTED, output
    assert "KeyboardInterrupt" in output, output
    for sign_of_a_crash in ("Traceback", "MaxRetryError", "INTERNALERROR", "ERROR at teardown", "Exception ignored"):
        assert sign_of_a_crash not in output, output
    assert len(output.splitlines()) < 40, output
    deadline = time.monotonic() + 5  # a killed process can take a moment to vanish from /proc
    while processes_in(run_folder):
        assert time.monotonic() < deadline, f"processes outlived the run: {processes_in(run_folder)}"
        time.sleep(0.1)
    # pytest keeps its own basetemp (pytest-of-USER) by design; nothing else may remain.
    left = sorted(p.name for p in run_folder.iterdir() if not p.name.startswith("pytest-of-"))
    assert left == [], f"the run left {left} in its TMPDIR"
    scoped = [str(p) for p in run_folder.rglob("*org.chromium.*")]
    assert scoped == [], f"Chromium's scoped folders were left: {scoped}"


@needs_a_browser
@pytest.mark.parametrize("whole_group", [True, False], ids=["ctrl-c-to-the-group", "sigint-to-pytest"])
def test_ctrl_c_during_a_browser_scenario_exits_2_and_leaves_nothing(
    trap: BrowserTrap, run_folder: Path, whole_group: bool
) -> None:
    result = interrupt_run(run_folder, browser_scenarios(trap.url), trap.page_asked.is_set, whole_group)
    assert trap.page_asked.is_set(), "the control: a browser scenario was running when interrupted"
    assert_ended_as_an_interrupt_leaving_nothing(result, run_folder)


@needs_a_browser
def test_ctrl_c_while_the_browser_starts_exits_2_and_leaves_nothing(trap: BrowserTrap, run_folder: Path) -> None:
    # As soon as the browser's folder is in use: the driver or Chromium is starting.
    def browser_starting() -> bool:
        return bool(processes_with(f"{run_folder}/quickstart-chromium-"))

    result = interrupt_run(run_folder, browser_scenarios(trap.url), browser_starting, whole_group=True)
    assert not trap.page_asked.is_set(), "the control: interrupted before any page was asked for"
    assert_ended_as_an_interrupt_leaving_nothing(result, run_folder)


@needs_a_browser
def test_a_page_that_never_comes_fails_its_scenario_after_the_request_timeout(trap: BrowserTrap) -> None:
    result = run_suite("--target", trap.url, "-m", "browser", "-k", "the_minimal_apps_page", "--request-timeout", "1")
    assert trap.page_asked.is_set(), "the control: the browser asked the trap for the page"
    assert result.returncode == pytest.ExitCode.TESTS_FAILED, result.stdout
    assert f"{trap.url}/minimal/ did not load within 1 s" in result.stdout, result.stdout


@needs_a_browser
def test_a_killed_run_leaves_no_browser(trap: BrowserTrap, run_folder: Path) -> None:
    # SIGKILL leaves pytest no chance to clean up: the guardian stops the browser and removes its folder.
    result = interrupt_run(run_folder, browser_scenarios(trap.url), trap.page_asked.is_set, False, signal_sent=signal.SIGKILL)
    assert result.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 20  # the guardian notices within 0.02 s, then gives the group 5 s to stop
    while processes_in(run_folder) or list(run_folder.glob("quickstart-chromium-*")):
        assert time.monotonic() < deadline, f"left: {processes_in(run_folder)}, {list(run_folder.iterdir())}"
        time.sleep(0.1)
    assert [str(p) for p in run_folder.rglob("*org.chromium.*")] == []


# Answers "/" (so it counts as started); on any other path it creates the file named by its last
# argument (a scenario is running) and hangs.
SIGNALLING_SERVER = textwrap.dedent(
    """
    import pathlib, sys, time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path != "/":
                pathlib.Path(sys.argv[3]).touch()
                time.sleep(3600)
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[2])), Handler).serve_forever()
    """
)


def test_ctrl_c_during_a_scenario_on_a_started_server_exits_2_and_leaves_nothing(run_folder: Path) -> None:
    # Elsewhere than in a browser: the server the suite started is stopped and its folder removed.
    script, asked = run_folder / "server.py", run_folder / "asked"
    script.write_text(SIGNALLING_SERVER)
    marker = f"ctrl-c-server-{os.getpid()}"
    command = f"{PYTHON} {script} {marker} {{port}} {asked}"
    result = interrupt_run(run_folder, ["--target-server", command, "-m", "not browser"], asked.exists, whole_group=True)
    script.unlink()
    asked.unlink()
    assert_ended_as_an_interrupt_leaving_nothing(result, run_folder)
    assert processes_with(marker) == []
