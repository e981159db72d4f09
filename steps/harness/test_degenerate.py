"""Hollow implementations conform to nothing: the suite's "conforms" is earned, not given.

The three implementations of steps/harness/degenerate.py run against the whole suite. An app with
no routes and one constant page everywhere (holding every phrase the contract names) must conform
to no claim and no rule; none may even be "partly verified" (passed where it ran). An app that
answers each path with the contract's words but reads no input and keeps no state may conform only
where a claim or rule involves neither: the route table itself (which paths exist, which methods
they take, HEAD and OPTIONS), fixed pages, fixed redirects, fixed error pages, its log output.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

EARNED = ("conforms", "partly verified")

#: What an implementation that reads no input and keeps no state may rightly conform to, and why.
STATIC = {
    "MIN-1": "a fixed page at /minimal/",
    "MIN-6": "which URLs exist: / answers, /hello_world does not",
    "ROUTE-1": "fixed pages at fixed URLs, 404 elsewhere",
    "METHOD-1": "which methods a route takes is part of the route table",
    "METHOD-4": "HEAD is GET without the body, whatever the page",
    "METHOD-8": "OPTIONS lists the route table's methods",
    "STATIC-1": "a fixed file, and 404 for every other path",
    "ERR-1": "a fixed redirect",
    "ERR-3": "a fixed error page for unknown URLs",
    "LOG-1": "the log lines each request writes are output, not input",
    **{f"all.{n}": "the route table: which paths and methods exist" for n in (1, 2, 4, 5, 6, 7, 8)},
    "minimal.1": "a fixed page", "minimal.2": "the route table",
    "routing.1": "fixed pages", "routing.2": "the route table", "routing.11": "fixed pages",
    "routing.8": "which paths a float rule matches is the route table",
    "routing.10": "which paths a uuid rule matches is the route table",
    "methods.1": "a fixed page",
    "static-files.1": "a fixed file", "static-files.2": "the route table",
    "static-files.4": "nothing but the one file is ever served", "static-files.5": "a fixed link",
    "static-files.6": "the folder is no route",
    "request.1": "a fixed form",
    "sessions.3": "a fixed form (a login that works needs state: sessions.4 fails)",
    "redirects.1": "a fixed redirect", "redirects.3": "a fixed error page", "redirects.4": "a fixed redirect's status",
    "flashing.3": "a fixed form",
    "logging.1": "fixed log lines per request", "logging.2": "fixed log lines per request",
}


def conformance(target: str, tmp_path: Path) -> dict:
    report = tmp_path / "report.json"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "--target", target, f"--conformance-report={report}"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert report.is_file(), f"no report (exit {result.returncode}):\n{result.stdout[-3000:]}"
    return json.loads(report.read_text(encoding="utf-8"))


def earned(report: dict) -> dict[str, str]:
    return {name: v["verdict"] for kind in ("claims", "rules") for name, v in report[kind].items() if v["verdict"] in EARNED}


@pytest.mark.parametrize("implementation", ["no_routes", "constant_page"])
def test_a_hollow_implementation_conforms_to_no_claim_and_no_rule(implementation: str, tmp_path: Path) -> None:
    report = conformance(f"wsgi:steps.harness.degenerate:{implementation}", tmp_path)
    assert report["totals"]["passed"] or implementation == "no_routes", "the run itself did not happen"
    assert earned(report) == {}, f"{implementation} was judged to conform: {earned(report)}"


def test_an_implementation_that_reads_no_input_conforms_only_where_nothing_is_read(tmp_path: Path) -> None:
    report = conformance("wsgi:steps.harness.degenerate:words", tmp_path)
    unearned = {name: verdict for name, verdict in earned(report).items() if name not in STATIC}
    assert not unearned, f"conforms without reading input or keeping state: {unearned}"
    print("the words implementation conforms to:", ", ".join(sorted(earned(report))))
