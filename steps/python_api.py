"""What only Python shows: url_for called in Python, the app as a WSGI callable, hello.py run as a process.

Also the steps that build URLs over HTTP (the url-building section's ``/url-for`` page), so that one
Then (``the URL built is ...``) holds Python and any other language to the same outputs, and a Given
that shows a URL built over HTTP: the control beside a check that no URL can be built.
"""

from __future__ import annotations

import ast
import contextlib
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import pytest
from pytest_bdd import given, parsers, then, when

from steps.http import quoted
from steps.targets import Exchange, Visitor
from steps.targets.asgi import ask_in_process

#: Seconds a process may take to exit, or to start serving (a hanging process fails its scenario).
PROCESS_TIMEOUT = 10.0

#: What the url_for steps accept: the document's own call syntax.
URL_FOR_CALL = r"(?P<call>url_for\(.*\))"


# --- URLs built by url_for -------------------------------------------------------------------


def parse_url_for(call: str) -> tuple[str, dict[str, Any]]:
    """``url_for('login', next='/')`` -> ``('login', {'next': '/'})``; literals only."""
    problem = ValueError(f"write {call!r} as url_for('<endpoint>', <name>=<literal>, ...)")
    try:
        node = ast.parse(call, mode="eval").body
        if not (isinstance(node, ast.Call) and len(node.args) == 1 and all(k.arg for k in node.keywords)):
            raise problem
        return ast.literal_eval(node.args[0]), {k.arg: ast.literal_eval(k.value) for k in node.keywords}
    except (SyntaxError, ValueError):
        raise problem from None


def section_path(target: Visitor, section: str) -> str:
    """The path the section is mounted at, as the app sees it (``/url-building``, or ``/base/...``)."""
    return urlsplit(target.url(section, "")).path


@dataclass
class BuiltURL:
    """The outcome of one url_for call: the URL, or the failure, and how it was obtained."""

    call: str
    prefix: str  # what every URL built this way starts with: '' unmounted, the section's path over HTTP
    url: str | None = None
    error: str | None = None  # in Python: the exception's class name
    exchange: Exchange | None = None  # over HTTP: the /url-for request

    def explain(self, expectation: str) -> str:
        if self.exchange is not None:
            return self.exchange.explain(f"{expectation} (built over HTTP by {self.call})")
        outcome = f"raised {self.error}" if self.error else f"returned {self.url!r}"
        return f"{expectation}\n\nin Python, {self.call} {outcome}"


@when(parsers.re(rf"{URL_FOR_CALL} is called in Python"), target_fixture="built")
def _(target: Visitor, section: str, call: str) -> BuiltURL:
    endpoint, values = parse_url_for(call)
    python = target.python
    try:
        return BuiltURL(call, prefix="", url=python.url_for(section, endpoint, **values))
    except Exception as error:  # noqa: BLE001 - which one is the Then's business
        return BuiltURL(call, prefix="", error=f"{type(error).__name__}: {error}")


def build_over_http(target: Visitor, section: str, call: str) -> BuiltURL:
    """``call`` made by the section's ``/url-for`` page: every argument a query argument, in order."""
    endpoint, values = parse_url_for(call)
    params = {"endpoint": endpoint, **{name: str(value) for name, value in values.items()}}
    exchange = target.request("GET", target.url(section, "/url-for"), params=params)
    url = exchange.text if exchange.status == 200 else None
    return BuiltURL(call, prefix=section_path(target, section), url=url, exchange=exchange)


@when(parsers.re(rf"the section builds {URL_FOR_CALL} over HTTP"), target_fixture="built")
def _(target: Visitor, section: str, call: str) -> BuiltURL:
    return build_over_http(target, section, call)


@given(parsers.re(rf"the section has built {URL_FOR_CALL} over HTTP as {quoted('url')}"))
def _(target: Visitor, section: str, call: str, url: str) -> None:
    # The control beside a refusal: the same page builds a URL it can build.
    built = build_over_http(target, section, call)
    expected = built.prefix + url
    assert built.url == expected, built.explain(f"expected the URL {expected!r}, to set the scene; got {built.url!r}")


@then(parsers.re(rf"the URL built is {quoted('url')}"))
def _(built: BuiltURL, url: str) -> None:
    expected = built.prefix + url
    if built.exchange is not None:
        answer = built.exchange
        assert answer.status == 200 and answer.media_type == "text/plain", built.explain(
            f"expected 200 with the URL {expected!r} as a text/plain body"
        )
    assert built.url == expected, built.explain(f"expected the URL {expected!r}, got {built.url!r}")


@then("no URL can be built")
def _(built: BuiltURL) -> None:
    if built.exchange is not None:
        assert built.exchange.status == 400, built.explain("expected status 400: no URL can be built")
    else:
        assert built.error is not None and built.error.startswith("BuildError:"), built.explain(
            "expected url_for to raise BuildError"
        )


@then(parsers.re(rf"opening the URL built gives a {quoted('media_type')} document"))
def _(target: Visitor, section: str, built: BuiltURL, media_type: str) -> None:
    assert built.url is not None, built.explain("expected a URL to open")
    # A URL built inside the mounted app is an absolute path; one built unmounted is within the section.
    address = urljoin(target.url(section, "/"), built.url) if built.prefix else target.url(section, built.url)
    response = target.request("GET", address)
    assert response.status == 200 and response.media_type == media_type, response.explain(
        f"expected the URL built by {built.call} to serve a {media_type} document"
    )


# --- The application object, called by the WSGI protocol alone ---------------------------------


@dataclass
class WSGIAnswer:
    section: str
    path: str
    status_line: str
    body: bytes

    def explain(self, expectation: str) -> str:
        return (
            f"{expectation}\n\nthe {self.section} section's app called as WSGI for {self.path!r}:\n"
            f"status line {self.status_line!r}, body {self.body[:400]!r}"
        )


@given(parsers.re(rf"a file {quoted('name')} beside the section's module"), target_fixture="module_file")
def _(target: Visitor, section: str, name: str) -> Path:
    path = Path(target.python.script(section)).parent / name
    assert path.is_file(), f"expected {path} beside the {section} section's module"
    return path


@when(
    parsers.re(rf"the section's application is called as a WSGI application for {quoted('path')}"),
    target_fixture="wsgi_answer",
)
def _(target: Visitor, section: str, path: str) -> WSGIAnswer:
    status_line, body = target.python.call_as_wsgi(section, path)
    return WSGIAnswer(section, path, status_line, body)


@when(
    parsers.re(rf"the section's application alone is asked for {quoted('path')}"), target_fixture="response"
)
def _(target: Visitor, section: str, path: str) -> Exchange:
    # By its own protocol (WSGI or ASGI): where the app finds its static folder is not about WSGI.
    return ask_in_process(target.python.application(section), f"the {section} section's app alone", path)


@then(parsers.re(rf"the WSGI status line is {quoted('status_line')}"))
def _(wsgi_answer: WSGIAnswer, status_line: str) -> None:
    assert wsgi_answer.status_line == status_line, wsgi_answer.explain(f"expected the status line {status_line!r}")


@then(parsers.re(rf"the WSGI body is exactly {quoted('text')}"))
def _(wsgi_answer: WSGIAnswer, text: str) -> None:
    assert wsgi_answer.body == text.encode(), wsgi_answer.explain(f"expected exactly {text!r} as the body")


@then("the body is the content of that file")
def _(response: Exchange, module_file: Path) -> None:
    assert response.body == module_file.read_bytes(), response.explain(f"expected the content of {module_file}")


# --- Python processes: hello.py run, imported, misnamed ---------------------------------------

# Sets PR_SET_PDEATHSIG, then becomes the real command: if pytest itself is killed, so is the
# process (a server in a session of its own would otherwise outlive it). Linux only.
_DIE_WITH_PARENT = (
    "import ctypes, os, signal, sys\n"
    "ctypes.CDLL(None).prctl(1, signal.SIGTERM)\n"
    "if os.getppid() != int(sys.argv[1]): sys.exit(1)\n"
    "os.execv(sys.executable, [sys.executable, *sys.argv[2:]])\n"
)


def _environment() -> dict[str, str]:
    """This interpreter's environment, minus what would make the run depend on the caller's shell."""
    dropped = ("PYTHONPATH", "PYTHONSAFEPATH", "PYTHONSTARTUP", "PYTHONINSPECT")
    env = {k: v for k, v in os.environ.items() if k not in dropped and not k.startswith(("FLASK_", "WERKZEUG_"))}
    env.update(PYTHONUNBUFFERED="1", PYTHONDONTWRITEBYTECODE="1")
    return env


#: Colours werkzeug puts in its banner, even into a pipe; shown and matched without them.
_ANSI_STYLE = re.compile(r"\x1b\[[0-9;]*m")


class PythonRun:
    """One ``python ...`` process of a scenario; its output (stdout and stderr) collected as it comes."""

    def __init__(self, command: str, cwd: Path) -> None:
        args = shlex.split(command)
        if args[:1] != ["python"]:
            raise ValueError(f"a command here starts with python, not {command!r}")
        self.command, self.cwd = command, cwd
        argv = [sys.executable, *args[1:]]
        if sys.platform == "linux":
            argv = [sys.executable, "-c", _DIE_WITH_PARENT, str(os.getpid()), *argv[1:]]
        self.process = subprocess.Popen(
            argv,
            cwd=cwd,
            env=_environment(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            start_new_session=True,  # its own process group: stop() ends whatever it spawns, and nothing else
        )
        self.lines: list[str] = []
        self.finished_output = False
        self.timed_out = False
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._changed:
                self.lines.append(_ANSI_STYLE.sub("", line.rstrip("\r\n")))
                self._changed.notify_all()
        with self._changed:
            self.finished_output = True
            self._changed.notify_all()

    @property
    def output(self) -> str:
        with self._changed:
            return "\n".join(self.lines)

    def wait_for_line(self, wanted: Callable[[str], bool], timeout: float) -> str | None:
        """The first line ``wanted`` accepts; None if the output ends, or time runs out, first."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = next((line for line in self.lines if wanted(line)), None)
                remaining = deadline - time.monotonic()
                if found is not None or self.finished_output or remaining <= 0:
                    return found
                self._changed.wait(remaining)

    def wait(self, timeout: float = PROCESS_TIMEOUT) -> int | None:
        """Its exit status; None (and it is stopped) if it is still running after ``timeout``."""
        deadline = time.monotonic() + timeout
        self._reader.join(timeout)  # its output ends when it exits: no polling meanwhile
        try:
            self.process.wait(max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            self.timed_out = True
            self.stop()
            return None
        return self.process.returncode

    def stop(self) -> None:
        """Ends the process and its group, politely first; reaps it. Safe to call twice."""
        for sig in (signal.SIGTERM, signal.SIGKILL):
            if self.process.poll() is not None:
                break  # reaped: its id may belong to someone else by now
            try:
                os.killpg(self.process.pid, sig)  # its group id is its pid (start_new_session)
                self.process.wait(5)
            except ProcessLookupError:
                break
            except subprocess.TimeoutExpired:
                continue
        self.process.wait()
        self._reader.join(5)
        if self.process.stdout is not None:
            self.process.stdout.close()

    def explain(self, expectation: str) -> str:
        if self.timed_out:
            status = f"still running after {PROCESS_TIMEOUT:g} s, then stopped"
        elif self.process.poll() is None:
            status = "running"
        else:
            status = f"exited with status {self.process.returncode}"
        output = self.output
        shown = output if len(output) <= 3000 else output[:3000] + " ..."
        return f"{expectation}\n\n$ {self.command}   (in {self.cwd})\n{status}; its output:\n{shown or '(nothing)'}"


class PythonRuns:
    """The processes one scenario started; every one is stopped when the scenario ends."""

    def __init__(self) -> None:
        self.started: list[PythonRun] = []

    def start(self, command: str, cwd: Path) -> PythonRun:
        run = PythonRun(command, cwd)
        self.started.append(run)
        return run

    @property
    def last(self) -> PythonRun:
        assert self.started, "no process was started in this scenario"
        return self.started[-1]

    def stop_all(self) -> None:
        for run in self.started:
            run.stop()


@pytest.fixture
def python_runs() -> Iterator[PythonRuns]:
    runs = PythonRuns()
    yield runs
    runs.stop_all()  # a finalizer: runs after a failure too


@given(
    parsers.re(rf"the section's module is saved as {quoted('name')} in an empty folder"),
    target_fixture="folder",
)
def _(target: Visitor, section: str, tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "app"
    folder.mkdir()
    shutil.copyfile(target.python.script(section), folder / name)
    return folder


#: Where app.run() listens when given no address; hello.py cannot be told otherwise.
DEFAULT_SERVER = "127.0.0.1:5000"

#: Seconds a scenario waits for another run of this suite on the machine to give the address up.
ADDRESS_WAIT = 120.0


@contextlib.contextmanager
def address_lock() -> Iterator[None]:
    """The right to listen on 127.0.0.1:5000, held by one process run of this machine at a time.

    Parallel workers and parallel runs (the mutant command) would otherwise race for the port.
    The lock is an abstract Unix socket: no file is left behind, and it is freed if we die.
    """
    lock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    deadline = time.monotonic() + ADDRESS_WAIT
    try:
        while True:
            try:
                lock.bind("\0flask-quickstart-spec:" + DEFAULT_SERVER)
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.skip(f"another run of this suite held {DEFAULT_SERVER} for {ADDRESS_WAIT:g} s")
                time.sleep(0.05)
        yield
    finally:
        lock.close()


def run_to_its_end(runs: PythonRuns, command: str, folder: Path) -> None:
    runs.start(command, folder).wait()


def run_under_lock(runs: PythonRuns, command: str, folder: Path, serve: bool) -> Any:
    """Runs the command holding the address lock, and stops what it started before giving it up.

    Even a command that should not serve takes the lock: a broken hello.py (no __main__ guard)
    would serve on it.
    """
    with address_lock():
        try:
            return run_and_visit(runs, command, folder) if serve else run_to_its_end(runs, command, folder)
        finally:
            runs.stop_all()  # the port is free again before another run may take it


# --- The process scenarios, prefetched -------------------------------------------------------


@dataclass
class Prefetched:
    """A process scenario's run, made ahead of the scenario: its processes, and what it returned or raised."""

    runs: list[PythonRun]
    value: Any = None
    error: BaseException | None = None


#: (section, the name the module is saved under, the command, whether a visitor opens the address)
ProcessJob = tuple[str, str, str, bool]

PREFETCH = pytest.StashKey["Prefetch"]()

_SAVED_AS = re.compile(r"""^the section's module is saved as "(?P<name>[^"]+)" in an empty folder$""")
_RUNS = re.compile(r'^"(?P<command>[^"]+)" runs there(?P<serve> and a visitor opens the address it announces)?$')
_SECTION = re.compile(r'^the "(?P<section>[^"]+)" section$')


class Prefetch:
    """The run's process scenarios, started as soon as the run is collected, one at a time, in a thread.

    What such a process shows depends only on the section's module, the name it is saved under and
    the command, nothing of the scenario's own state: run meanwhile on the other core, they cost
    the in-process run little. A scenario takes its result, or runs the process itself when there
    is none (a pytest-xdist worker, a target without the Python API).
    """

    def __init__(self, python: Any, jobs: list[ProcessJob]) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="quickstart-prefetch-"))
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="process-scenarios")
        self.futures = {job: self.pool.submit(self._run, python, index, job) for index, job in enumerate(jobs)}

    def _run(self, python: Any, index: int, job: ProcessJob) -> Prefetched:
        section, name, command, serve = job
        runs = PythonRuns()
        result = Prefetched(runs.started)
        try:
            folder = self.folder / str(index)
            folder.mkdir()
            shutil.copyfile(python.script(section), folder / name)
            result.value = run_under_lock(runs, command, folder, serve)
        except BaseException as error:  # noqa: BLE001 - raised again in the scenario, where it belongs
            result.error = error
        return result

    def take(self, job: ProcessJob) -> Prefetched | None:
        future = self.futures.pop(job, None)
        return None if future is None else future.result(timeout=ADDRESS_WAIT + 3 * PROCESS_TIMEOUT)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(self.folder, ignore_errors=True)


def process_jobs(items: list[pytest.Item]) -> list[ProcessJob]:
    """The process scenarios among ``items``: their section, saved name, command, and whether they serve."""
    from steps.plugin import scenario_template

    jobs = []
    for item in items:
        template = scenario_template(item)
        if template is None or template.examples:
            continue
        found: dict[str, Any] = {}
        for step in template.render({}).steps:
            for pattern in (_SECTION, _SAVED_AS, _RUNS):
                if match := pattern.match(step.name):
                    found.update(match.groupdict())
        if {"section", "name", "command"} <= set(found):
            jobs.append((found["section"], found["name"], found["command"], bool(found.get("serve"))))
    return jobs


@pytest.hookimpl(trylast=True)  # after pytest-randomly has shuffled them
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # The process scenarios run last, so that the processes prefetched for them have had the
    # whole run to finish on the other core.
    jobs = {id(item) for item in items if process_jobs([item])}
    items.sort(key=lambda item: id(item) in jobs)


def pytest_collection_finish(session: pytest.Session) -> None:
    from steps.plugin import TARGET

    config = session.config
    if config.option.collectonly or hasattr(config, "workerinput") or config.pluginmanager.getplugin("dsession"):
        return
    target = config.stash.get(TARGET, None)
    if target is None or "python-api" not in target.capabilities:
        return
    jobs = process_jobs(session.items)
    if jobs:
        config.stash[PREFETCH] = Prefetch(target.python, jobs)


def pytest_unconfigure(config: pytest.Config) -> None:
    prefetch = config.stash.get(PREFETCH, None)
    if prefetch is not None:
        prefetch.close()


def take_prefetched(config: pytest.Config, python_runs: PythonRuns, job: tuple[str, Path, str, bool]) -> Prefetched | None:
    """The prefetched run of this process scenario, if there is one; raises what it raised."""
    prefetch = config.stash.get(PREFETCH, None)
    section, folder, command, serve = job
    result = None if prefetch is None else prefetch.take((section, next(folder.iterdir()).name, command, serve))
    if result is None:
        return None
    python_runs.started.extend(result.runs)
    if result.error is not None:
        raise result.error
    return result


@when(parsers.re(rf"{quoted('command')} runs there"))
def _(python_runs: PythonRuns, folder: Path, command: str, section: str, request: pytest.FixtureRequest) -> None:
    if not take_prefetched(request.config, python_runs, (section, folder, command, False)):
        run_under_lock(python_runs, command, folder, serve=False)


@when(
    parsers.re(rf"{quoted('command')} runs there and a visitor opens the address it announces"),
    target_fixture="response",
)
def _(python_runs: PythonRuns, folder: Path, command: str, section: str, request: pytest.FixtureRequest) -> Exchange:
    prefetched = take_prefetched(request.config, python_runs, (section, folder, command, True))
    return prefetched.value if prefetched else run_under_lock(python_runs, command, folder, serve=True)


#: The address a server announces: the first http:// URL in its output.
ANNOUNCED_ADDRESS = re.compile(r"https?://[^\s'\"<>()]+")


def run_and_visit(python_runs: PythonRuns, command: str, folder: Path) -> Exchange:
    """Starts the command, waits for the address it announces, and opens that address once."""
    busy_until = time.monotonic() + PROCESS_TIMEOUT
    while True:
        run = python_runs.start(command, folder)
        # Announced once the socket is bound: from then on, an answer there is this process's.
        # In any server's words: Flask's " * Running on http://...", Bottle's "Listening on http://...".
        line = run.wait_for_line(lambda line: ANNOUNCED_ADDRESS.search(line) is not None, PROCESS_TIMEOUT)
        if line is not None:
            break
        if "Address already in use" not in run.output:
            raise AssertionError(run.explain(f"expected {command!r} to announce the address it serves"))
        run.stop()  # another server (another test run?) holds the port; it may free it soon
        if time.monotonic() >= busy_until:
            pytest.skip(f"{DEFAULT_SERVER} stayed busy for {PROCESS_TIMEOUT:g} s; {command!r} can only listen there")
        time.sleep(0.2)
    address = ANNOUNCED_ADDRESS.search(line).group(0)
    deadline = time.monotonic() + PROCESS_TIMEOUT
    with httpx.Client(timeout=PROCESS_TIMEOUT) as client:
        while True:  # ready means: it answers HTTP
            try:
                response = client.get(address.rstrip("/") + "/")
                break
            except httpx.TransportError as error:
                if time.monotonic() > deadline or run.process.poll() is not None:
                    raise AssertionError(run.explain(f"expected {address} to answer HTTP; last error: {error!r}"))
                time.sleep(0.05)
    return Exchange.from_response(response)


@then(parsers.re(rf"it announces {quoted('line')}"))
def _(python_runs: PythonRuns, line: str) -> None:
    run = python_runs.last
    assert line in (shown.rstrip() for shown in run.lines), run.explain(f"expected the line {line!r} in its output")


@then("the address it announces is on this machine")
def _(response: Exchange) -> None:
    host = httpx.URL(response.url).host
    assert host in ("127.0.0.1", "localhost", "::1"), response.explain(
        f"expected the announced address to be on this machine (127.0.0.1, localhost or ::1), not {host!r}"
    )


@then(parsers.re(r"it exits with status (?P<status>\d+)"))
def _(python_runs: PythonRuns, status: str) -> None:
    run = python_runs.last
    assert not run.timed_out and run.process.returncode == int(status), run.explain(
        f"expected it to exit with status {status} within {PROCESS_TIMEOUT:g} s"
    )


@then("it exits with an error status")
def _(python_runs: PythonRuns) -> None:
    run = python_runs.last
    assert not run.timed_out and run.process.returncode not in (0, None), run.explain(
        f"expected it to fail within {PROCESS_TIMEOUT:g} s"
    )


@then(parsers.re(rf"its traceback passes through the saved {quoted('name')} and ends in an import that failed"))
def _(python_runs: PythonRuns, name: str) -> None:
    run = python_runs.last
    saved = Path(run.cwd) / name  # where it ran: the scenario's folder, or the prefetch's
    frames = re.findall(r'^\s*File "([^"]+)"', run.output, re.MULTILINE)
    last = next((line.strip() for line in reversed(run.output.splitlines()) if line.strip()), "")
    # AttributeError: `import flask; flask.Flask` finds the saved file, which has no Flask in it.
    assert any(Path(frame) == saved for frame in frames) and last.startswith(("ImportError", "AttributeError")), (
        run.explain(f"expected a traceback through {saved} ending in an ImportError or an AttributeError")
    )


@then(parsers.re(rf"its output (?P<negation>does not show|shows) {quoted('text')}"))
def _(python_runs: PythonRuns, negation: str, text: str) -> None:
    run = python_runs.last
    wanted = negation == "shows"
    assert (text in run.output) == wanted, run.explain(f"expected its output {'' if wanted else 'not '}to show {text!r}")
