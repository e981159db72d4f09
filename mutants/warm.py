"""One warm start: pytest starts, imports the steps and collects the suite once; each run is a fork.

    with_warm_session(keyword, work)   # work(runner) runs inside the session and returns the exit status

The parent process runs a pytest session against the reference app that runs no scenario itself:
start-up, imports, feature parsing and collection are paid there once. Each run (a control, an
equivalent, a mutant) is a child forked from it. The child builds its own target (a mutant is
built by importing its module, in the child only), runs its selection of the collected items
through pytest's own runtest protocol, and writes its conformance report as any pytest run does.
Whatever a child changes (the mutant, the apps' state, its temp files) dies with it: the next
child starts from the parent again, as a fresh process would.

A child gets a process group (a hang is stopped with everything it started) and a private temp
folder (``TMPDIR``, pytest's ``tmp_path``, the mutant's copies), removed by the parent once the
child is gone, however it ended. Only in-process targets (``reference``, ``wsgi:...``) are forked;
any other runs as a fresh pytest process.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import pytest

from mutants.runs import ROOT, RUN_TIMEOUT, TARGET_VARIABLES, Job, Processes, Run, read_report, report_path

if TYPE_CHECKING:
    from steps.targets import Target

#: The parent's session, which every child inherits. Its target is never asked anything (each child
#: sets its own): the reference app as a bare WSGI app, without the Python API, so that the process
#: scenarios are not prefetched in a thread of the parent, which a forked child would wait for in
#: vain. --tb=no: a failure's traceback, read back from the sources, cost most of a mutant's run;
#: the conformance report's reason, its first line, is the same without it.
SESSION_ARGS = ["-q", "-p", "no:randomly", "--tb=no", "--target", "wsgi:reference_app:app"]


def available() -> bool:
    return hasattr(os, "fork") and hasattr(os, "pidfd_open")


def forkable(target: str) -> bool:
    """In-process targets: a server target's processes are not the child's to inherit."""
    return target == "reference" or target.startswith("wsgi:")


@dataclass
class _Child:
    job: Job
    pid: int
    pidfd: int
    started: float
    temp: Path
    report: Path


class Warm:
    """Runs jobs as children forked from the collected session (inside ``pytest_runtestloop``)."""

    name = "forked from one warm pytest session"

    def __init__(self, session: pytest.Session, keyword: str | None) -> None:
        from steps.python_api import process_jobs
        from steps.targets.reference import reference_sections

        self.session = session
        self.fallback = Processes(keyword)
        #: The process scenarios (python hello.py, ...): item id -> (section, saved name, command, serves).
        self.processes = {id(item): jobs[0] for item in session.items if (jobs := process_jobs([item]))}
        #: The reference's module of each section those run, as bytes.
        sections = reference_sections()
        self.reference_modules = {
            section: Path(sys.modules[sections[section].import_name].__file__).read_bytes()
            for section in {job[0] for job in self.processes.values()}
        }
        self.lanes: dict[Job, str] = {}
        self.queue: deque[tuple[Job, Path]] = deque()
        self.running: dict[int, _Child] = {}  # pidfd -> child
        self.finished: dict[Job, Run] = {}

    def lane(self, job: Job) -> str:
        """Where the job runs when ``parallel`` > 1: ``cpu``, one of the ``parallel`` lanes; ``process``
        or ``logs``, a lane of its own beside them, one job at a time, for the runs that mostly wait:
        for the processes of the process scenarios and the address they take in turn (127.0.0.1:5000),
        or for log lines, up to two seconds each, that a mutant never writes."""
        if job not in self.lanes:
            items = selected(self.session.items, job)[0] if job.rules else []
            if job.baseline or any(id(item) in self.processes for item in items):
                self.lanes[job] = "process"
            elif any(item.get_closest_marker("logs") for item in items):
                self.lanes[job] = "logs"
            else:
                self.lanes[job] = "cpu"
        return self.lanes[job]

    def ahead(self, jobs: list[Job], folder: Path) -> None:
        """Starts those of ``jobs`` that mostly wait in their lanes now, beside the runs that come
        next (the controls); the ``run_all`` that asks for them takes their results."""
        self.queue.extend((job, folder) for job in jobs if self.lane(job) != "cpu")

    def run_all(self, jobs: list[Job], folder: Path, parallel: int, done: Callable[[Run], None]) -> dict[str, Run]:
        """The jobs, ``parallel`` at a time (and those that mostly wait beside them); ``done`` is told
        of each run as it ends."""
        started = {job for job, _ in self.queue} | {c.job for c in self.running.values()} | set(self.finished)
        self.queue.extendleft(reversed([(job, folder) for job in jobs if job not in started]))  # ahead of the rest
        told: set[Job] = set()

        def tell() -> None:
            for job in jobs:
                if job in self.finished and job not in told:
                    told.add(job)
                    done(self.finished[job])

        try:
            while len(told) < len(jobs):
                self._start(parallel)
                tell()
                if not self.running:
                    continue
                deadline = min(c.started for c in self.running.values()) + RUN_TIMEOUT
                ended, _, _ = select.select(list(self.running), [], [], max(0.0, deadline - time.monotonic()))
                now = time.monotonic()
                hung = [fd for fd, c in self.running.items() if fd not in ended and now > c.started + RUN_TIMEOUT]
                for pidfd in [*ended, *hung]:
                    child = self.running.pop(pidfd)
                    self.finished[child.job] = self._reap(child, hung=pidfd in hung)
                tell()
        except BaseException:
            self.close()
            raise
        return {job.name: self.finished.pop(job) for job in jobs}

    def _start(self, parallel: int) -> None:
        """Forks the queued jobs there is a lane for, in their order."""
        busy = [self.lane(c.job) if parallel > 1 else "cpu" for c in self.running.values()]
        for job, folder in list(self.queue):
            lane = self.lane(job) if parallel > 1 else "cpu"
            if busy.count(lane) >= (parallel if lane == "cpu" else 1):
                continue
            self.queue.remove((job, folder))
            busy.append(lane)
            if forkable(job.target):
                child = self._fork(job, folder)
                self.running[child.pidfd] = child
            else:  # the loop waits meanwhile: no such target is in the catalogue
                self.finished[job] = self.fallback.run(job, folder)

    def close(self) -> None:
        """Stops whatever still runs: nothing of ours outlives the session."""
        self.queue.clear()
        for child in self.running.values():
            self._reap(child, hung=True)
        self.running.clear()

    def _fork(self, job: Job, folder: Path) -> _Child:
        temp = Path(tempfile.mkdtemp(prefix="mutants-run-"))
        report = report_path(folder, job)
        sys.stdout.flush()
        sys.stderr.flush()  # or the child would write the parent's pending output once more
        pid = os.fork()
        if pid == 0:  # the child: never returns
            status = 3
            try:
                os.setpgid(0, 0)
                status = self._child(job, temp, report)
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(status)  # not sys.exit: the parent's atexit handlers and pytest state are not the child's
        return _Child(job, pid, os.pidfd_open(pid), time.monotonic(), temp, report)

    @staticmethod
    def _reap(child: _Child, hung: bool) -> Run:
        run = Run(child.job.name, child.job.target)
        if hung:
            run.error = f"no result within {RUN_TIMEOUT} s"
            try:
                os.killpg(child.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        _, status = os.waitpid(child.pid, 0)
        os.close(child.pidfd)
        run.seconds = time.monotonic() - child.started
        run.exit_code = os.waitstatus_to_exitcode(status)
        output = child.temp / "output"
        run.output = output.read_text(encoding="utf-8", errors="replace") if output.exists() else ""
        shutil.rmtree(child.temp, ignore_errors=True)
        return read_report(run, child.report)

    def _child(self, job: Job, temp: Path, report: Path) -> int:
        """In the forked child: the job's target, its items through pytest's runtest protocol, the report."""
        from steps.plugin import CHOICE, TARGET
        from steps.targets import TargetError
        from steps.targets.selection import TargetChoice, build

        session = self.session
        config = session.config
        # Everything the run writes to a temp folder (pytest's tmp_path, the mutant's copies, the
        # processes it starts) lands in the child's own folder, which the parent removes.
        tempfile.tempdir = str(temp)
        os.environ["TMPDIR"] = str(temp)
        for variable in TARGET_VARIABLES:
            os.environ.pop(variable, None)
        # pytest's output capture holds temp files made in the parent, which every child would share:
        # stopped (it puts back the parent's stdout and stderr), the output goes to the child's file,
        # and capture starts again around it, in files of the child's own.
        capture = config.pluginmanager.getplugin("capturemanager")
        capture.stop_global_capturing()
        output = os.open(temp / "output", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        null = os.open(os.devnull, os.O_RDONLY)
        for source, fd in ((null, 0), (output, 1), (output, 2)):
            os.dup2(source, fd)
        os.close(output)
        os.close(null)
        capture.start_global_capturing()
        capture.suspend_global_capture()

        choice = TargetChoice(job.target, None, "python -m mutants")
        try:
            target = build(choice)
        except Exception as error:  # a mutant that does not build: one line, as pytest says a UsageError
            print(f"ERROR: {type(error).__name__}: {error}", file=sys.stderr)
            return pytest.ExitCode.USAGE_ERROR
        # As steps/plugin.py's pytest_configure sets up the target it builds.
        config.stash[CHOICE] = choice
        config.stash[TARGET] = target
        target.request_timeout = config.getoption("request_timeout")
        try:
            target.start()
        except TargetError as error:
            print(f"ERROR: {error}", file=sys.stderr)
            return pytest.ExitCode.USAGE_ERROR

        items, leading = selected(session.items, job)
        if not job.baseline:
            items, leading = self.without_reference_processes(items, leading, target)
        config.option.conformance_report = str(report)
        recorder = config.pluginmanager.get_plugin("conformance-recorder")
        for i, item in enumerate(items):
            next_item = items[i + 1] if i + 1 < len(items) else None
            config.hook.pytest_runtest_protocol(item=item, nextitem=next_item)
            if session.shouldfail or session.shouldstop:
                break
            # Killed: every scenario put first has run (each row of the review is checked), and one failed.
            if job.stop and i + 1 >= leading and any(r["outcome"] == "failed" for r in recorder.results):
                break  # the fixtures still set up are torn down by pytest_sessionfinish
        if session.testsfailed:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
        elif not items:
            session.exitstatus = pytest.ExitCode.NO_TESTS_COLLECTED
        config.hook.pytest_sessionfinish(session=session, exitstatus=session.exitstatus)
        target.close()
        return int(session.exitstatus)

    def without_reference_processes(self, items: list[pytest.Item], leading: int, target: Target) -> tuple[list[pytest.Item], int]:
        """Leaves out the process scenarios whose module is the reference's, byte for byte: the
        reference control runs them (Job.baseline), and they cannot go otherwise here."""
        if target.python is None:
            return items, leading  # the capability gate skips them, saying why

        def same_as_reference(item: pytest.Item) -> bool:
            section = self.processes[id(item)][0]
            return Path(target.python.script(section)).read_bytes() == self.reference_modules[section]

        kept = [item for item in items if id(item) not in self.processes or not same_as_reference(item)]
        return kept, sum(1 for item in items[:leading] if item in kept)


def selected(items: list[pytest.Item], job: Job) -> tuple[list[pytest.Item], int]:
    """The job's items (its scenarios, or those of its rules as ``-m 'rule or rule'`` selects), those
    of ``first`` ahead of the others; and how many those are."""

    def key(item: pytest.Item) -> str | None:
        scenario = dict(item.user_properties).get("scenario")
        return None if scenario is None else scenario["key"]

    if not job.baseline:
        items = [item for item in items if key(item) is not None]
    if job.rules:
        rules = set(job.rules)
        items = [item for item in items if any(mark.name in rules for mark in item.iter_markers())]

    def is_first(item: pytest.Item) -> bool:
        return (key(item) or "").split("[")[0] in job.first

    leading = [item for item in items if is_first(item)]
    return leading + [item for item in items if not is_first(item)], len(leading)


class _Driver:
    """The pytest plugin of the parent: after collection, the work runs instead of the scenarios."""

    def __init__(self, keyword: str | None, work: Callable[[Warm], int]) -> None:
        self.keyword = keyword
        self.work = work
        self.status: int | None = None
        self.failure: BaseException | None = None

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtestloop(self, session: pytest.Session) -> bool | None:
        if session.testsfailed:
            return None  # collection errors: pytest's own loop says so
        from steps.targets import _ssl_context

        _ssl_context()  # loaded once here (~35 ms), not in every child
        runner = Warm(session, self.keyword)
        try:
            self.status = self.work(runner)
        except BaseException as error:  # raised again outside pytest, which would print it as INTERNALERROR
            self.failure = error
        finally:
            runner.close()
        # The parent ran no scenario: its summary would only say so.
        terminal = session.config.pluginmanager.get_plugin("terminalreporter")
        if terminal is not None:
            session.config.pluginmanager.unregister(terminal)
        return True


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def with_warm_session(keyword: str | None, work: Callable[[Warm], int]) -> int | None:
    """Runs ``work`` inside one collected pytest session; its status, or None when the suite cannot be collected."""
    driver = _Driver(keyword, work)
    cwd = os.getcwd()
    os.chdir(ROOT)  # pytest.ini and the features are found from there, as by python -m pytest
    # Told to stop (kill, a CI timeout), the parent stops its children and removes their folders first.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        status = pytest.main(SESSION_ARGS + (["-k", keyword] if keyword else []), plugins=[driver])
    finally:
        signal.signal(signal.SIGTERM, previous)
        os.chdir(cwd)
    if driver.failure is not None:
        raise driver.failure
    if driver.status is None:
        print(f"the suite could not be collected (pytest exited {status})", file=sys.stderr)
    return driver.status
