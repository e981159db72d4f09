"""One run of the suite against one target, and what its conformance report says.

Two ways to make runs: ``mutants.warm`` forks each from one warm pytest session (the default),
:class:`Processes` starts a fresh ``python -m pytest`` per run (``--fresh``, and where ``os.fork``
is missing). Both end the same way: the run's conformance report, read by :func:`read_report`.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]

#: A whole-suite run takes seconds; one that takes this long hangs.
RUN_TIMEOUT = 600

#: The target of a run comes from the job alone, never from the caller's environment.
TARGET_VARIABLES = ("SPEC_TARGET", "SPEC_TARGET_SERVER")


@dataclass(frozen=True)
class Job:
    """What one run checks.

    ``rules``: only the scenarios tagged with one of them (every scenario when empty).
    ``first``: scenario-key prefixes run before the others (the scenario features/REVIEW.md names).
    ``stop``: stop at the first failing scenario (a mutant is killed by one).
    ``baseline``: the one run (the reference app's) of what does not depend on the target: the tests
    that are not scenarios (the suite's integrity checks), and the process scenarios (``python
    hello.py``) of a module that is the reference's, byte for byte (what such a process shows
    depends only on that file, the name it is saved under and the command).
    """

    name: str
    target: str
    rules: tuple[str, ...] = ()
    first: tuple[str, ...] = ()
    stop: bool = False
    baseline: bool = False


@dataclass
class Run:
    """One run against one target, and what its conformance report says."""

    name: str
    target: str
    seconds: float = 0.0
    exit_code: int | None = None
    failed: dict[str, str] = field(default_factory=dict)  # scenario key -> first line of the failure
    skipped: set[str] = field(default_factory=set)
    scenarios: int = 0
    error: str | None = None  # no report: the run itself broke (the mutant did not build, a hang)
    output: str = ""

    @property
    def killed(self) -> bool:
        return bool(self.failed)


def read_report(run: Run, report: Path) -> Run:
    """Fills ``run`` from its conformance report; no report is the run's error, with its output's end."""
    if run.error is not None:
        return run
    try:
        data = json.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        tail = "\n".join(run.output.strip().splitlines()[-12:])
        run.error = f"pytest wrote no conformance report (exit {run.exit_code}):\n{tail}"
        return run
    for scenario in data["scenarios"]:
        run.scenarios += 1
        if scenario["outcome"] == "failed":
            run.failed[scenario["key"]] = scenario["reason"]
        elif scenario["outcome"] == "skipped":
            run.skipped.add(scenario["key"])
    return run


def report_path(folder: Path, job: Job) -> Path:
    report = folder / f"{job.name}.json"
    report.unlink(missing_ok=True)
    return report


class Processes:
    """A fresh ``python -m pytest`` per run: start-up, imports and collection paid every time.

    ``first``, ``stop`` and ``baseline`` are not applied: pytest's command line cannot put a
    scenario first, and stopping at the first failure in collection order could skip the one the
    review names; a run without ``rules`` runs every test, as ``pytest`` does.
    """

    name = "one pytest process per run"

    def __init__(self, keyword: str | None) -> None:
        self.keyword = keyword

    def command(self, job: Job, report: Path) -> list[str]:
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "--target", job.target,
                   "--conformance-report", str(report)]
        if self.keyword:
            command += ["-k", self.keyword]
        if job.rules:
            command += ["-m", " or ".join(job.rules)]
        return command

    def run(self, job: Job, folder: Path) -> Run:
        report = report_path(folder, job)
        run = Run(job.name, job.target)
        env = {k: v for k, v in os.environ.items() if k not in TARGET_VARIABLES}
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        started = time.monotonic()
        process = subprocess.Popen(
            self.command(job, report), cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace",
            start_new_session=True,  # its own group: a hang is stopped with everything it started
        )
        try:
            run.output, _ = process.communicate(timeout=RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            run.output, _ = process.communicate()
            run.error = f"no result within {RUN_TIMEOUT} s"
        run.seconds = time.monotonic() - started
        run.exit_code = process.returncode
        return read_report(run, report)

    def ahead(self, jobs: list[Job], folder: Path) -> None:
        """Nothing here starts ahead: each run_all runs its jobs."""

    def run_all(self, jobs: list[Job], folder: Path, parallel: int, done: Callable[[Run], None]) -> dict[str, Run]:
        def one(job: Job) -> Run:
            run = self.run(job, folder)
            done(run)
            return run

        with ThreadPoolExecutor(max_workers=parallel) as pool:
            return {run.name: run for run in pool.map(one, jobs)}
