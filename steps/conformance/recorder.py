"""The pytest plugin that records each scenario's outcome and writes the conformance report.

Results reach it through ``pytest_runtest_logreport``, which pytest-xdist replays on the
controller, so a run over several workers writes one merged report. How a scenario failed (its
first line, its step, whether the suite itself errored) comes in the report's user properties,
which ``failures`` adds where the scenario ran.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from steps.claims import CLAIM_ID
from steps.contract import RULE_ID
from steps.conformance import failures
from steps.conformance.expectations import Expectation, changed, load_expectations, updated_expectations, write_expectations
from steps.conformance.report import NOT_RUN, build_report, write_report
from steps.conformance.summary import print_summary

#: The options that name a file the run writes (dest, option), each checked writable up front.
OUTPUT_FILES = (
    ("conformance_report", "--conformance-report"),
    ("write_expectations", "--write-expectations"),
    ("record_requests", "--record-requests"),
    ("cucumber_json_path", "--cucumberjson"),
    ("xmlpath", "--junitxml"),
)
#: Options that name a folder the run writes into.
OUTPUT_FOLDERS = (("screenshots", "--screenshots"),)


def scenario_key(item: pytest.Item, feature_filename: str) -> str:
    """How an expectations file names a scenario: ``routing.feature::test_name[example]``."""
    return f"{Path(feature_filename).name}::{item.name}"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("spec")
    group.addoption("--expectations", metavar="FILE", help="scenarios known to fail on this implementation [ini expectations]")
    group.addoption("--write-expectations", metavar="FILE", help="rewrite FILE with the scenarios that fail in this run")
    group.addoption("--conformance-report", metavar="FILE", help="write the conformance report as JSON (schema: README.md)")
    group.addoption("--fail-on-skip", action="store_true", help="fail the run if any scenario was skipped")
    parser.addini("expectations", "scenarios known to fail on this implementation (see --expectations)")


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput") and not config.option.help:
        check_outputs(config)
    name = config.getoption("expectations") or config.getini("expectations")
    expected = load_expectations(Path(name)) if name else {}
    config.pluginmanager.register(failures, "conformance-failures")
    config.pluginmanager.register(Recorder(config, expected), "conformance-recorder")


def check_outputs(config: pytest.Config) -> None:
    """Every file the run will write can be written: found now, not after the whole run."""
    for dest, option in OUTPUT_FILES:
        value = getattr(config.option, dest, None)
        if value:
            problem = unwritable_file(Path(value))
            if problem:
                raise pytest.UsageError(f"{option}: cannot write {value}: {problem}")
    for dest, option in OUTPUT_FOLDERS:
        value = getattr(config.option, dest, None)
        if value:
            problem = unwritable_folder(Path(value))
            if problem:
                raise pytest.UsageError(f"{option}: cannot write into {value}: {problem}")
    path = config.getoption("write_expectations")
    if path and Path(path).is_file():
        load_expectations(Path(path), "--write-expectations")  # it is updated: it must be readable


def unwritable_file(path: Path) -> str | None:
    """Why ``path`` cannot be written, or None. Tries it (permissions alone do not say: root,
    /proc), creating nothing: an existing file is opened to append nothing, else a temporary file
    is made and removed in the nearest folder that exists (missing folders are made at the end)."""
    if path.is_dir():
        return "it is a folder"
    if path.exists():
        return _fails(lambda: path.open("a").close())
    return unwritable_folder(path.parent)


def unwritable_folder(path: Path) -> str | None:
    existing = next(p for p in (path, *path.parents) if p.exists())
    if not existing.is_dir():
        return f"{existing} is a file, not a folder"
    return _fails(lambda: tempfile.TemporaryFile(dir=existing).close())


def _fails(attempt: Callable[[], None]) -> str | None:
    try:
        attempt()
    except OSError as error:
        return error.strerror or str(error)
    return None


class Recorder:
    """Collects each scenario's outcome, on the controller when pytest-xdist runs workers."""

    def __init__(self, config: pytest.Config, expected: dict[str, Expectation]) -> None:
        self.config = config
        self.expected = expected
        self.results: list[dict[str, Any]] = []
        #: How each scenario that failed because of the implementation fails (comparable first line).
        self.fails_with: dict[str, str] = {}
        #: Every scenario of the suite, when this process collected all of it (else None).
        self.suite_keys: set[str] | None = None
        self.report: dict[str, Any] | None = None

    @pytest.hookimpl(tryfirst=True)  # before -k and -m deselect: every collected scenario is seen
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        from steps.plugin import scenario_template

        unused = dict(self.expected)
        keys = set()
        for item in items:
            template = scenario_template(item)
            if template is None:
                continue
            key = scenario_key(item, template.feature.filename)
            keys.add(key)
            item.user_properties.append(("scenario", {
                "key": key,
                "feature": Path(template.feature.filename).name,
                "line": template.line_number,
                "scenario": template.name,
                "claims": sorted(t for t in template.tags | template.feature.tags if CLAIM_ID.match(t)),
                "rules": sorted(t for t in template.tags | template.feature.tags if RULE_ID.match(t)),
            }))
            expectation = unused.pop(key, None)
            if expectation is not None:
                # Only a failure about the implementation is expected, never an error of the suite.
                implementation = pytest.RaisesExc(BaseException, check=failures.implementation_failed)
                item.add_marker(pytest.mark.xfail(reason=expectation.reason, strict=True, raises=implementation))
        explicit_paths = self.config.args_source == pytest.Config.ArgsSource.ARGS
        if not explicit_paths:
            self.suite_keys = keys
        whole_suite = not (self.config.getoption("keyword") or self.config.getoption("markexpr") or explicit_paths)
        if unused and whole_suite:
            stale = "\n  ".join(sorted(unused))
            raise pytest.UsageError(f"the expectations name scenarios the suite does not have:\n  {stale}")

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        properties = dict(report.user_properties)
        info = properties.get("scenario")
        outcome = outcome_of(report)
        if info is None or outcome is None:
            return
        failure = properties.get("failure")
        expectation = self.expected.get(info["key"])
        reason = ""
        if outcome in ("failed", "expected-failure") and failure is not None:
            reason = failure["message"]
        elif outcome == "skipped" and isinstance(report.longrepr, tuple):
            reason = report.longrepr[2].removeprefix("Skipped: ")
        elif outcome == "expected-failure":
            reason = report.wasxfail
        elif outcome == "failed":
            reason = first_line(report)
        elif outcome == "unexpected-pass":
            reason = "listed as expected to fail, but passed"
        if outcome == "skipped" and reason.startswith(NOT_RUN):
            outcome = "not-run"
        if failure is not None and not failure["suite_error"]:
            self.fails_with[info["key"]] = failure["fails_with"]
        self.results.append({
            **info,
            "outcome": outcome,
            "reason": reason,
            "step": failure["step"] if failure else None,
            "expected_reason": expectation.reason if expectation else None,
            "changed": bool(outcome == "expected-failure" and failure and expectation and changed(expectation, failure["fails_with"])),
            "suite_error": bool(failure and failure["suite_error"]),
        })

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if hasattr(self.config, "workerinput"):
            return  # the controller writes the merged report
        from steps.plugin import CHOICE, TARGET

        choice = self.config.stash.get(CHOICE, None)
        target = self.config.stash.get(TARGET, None)
        self.report = build_report(target, choice.describe() if choice else None, self.results)
        path = self.config.getoption("conformance_report")
        if path:
            write_report(Path(path), self.report)
        path = self.config.getoption("write_expectations")
        if path:
            kept = load_expectations(Path(path), "--write-expectations") if Path(path).is_file() else {}
            entries = updated_expectations(kept, self.expected, self.report, self.fails_with, self.suite_keys)
            write_expectations(Path(path), self.report["target"]["name"], entries)
        if self.config.getoption("fail_on_skip") and self.report["totals"]["skipped"]:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self.report and self.report["scenarios"]:
            print_summary(terminalreporter, self.report, self.expected)


def outcome_of(report: pytest.TestReport) -> str | None:
    """The report's conformance outcome, or None for a phase that says nothing new."""
    if report.when == "call" or report.outcome != "passed":
        if hasattr(report, "wasxfail"):
            return "expected-failure" if report.skipped else "unexpected-pass"
        if report.failed and str(report.longrepr).startswith("[XPASS(strict)]"):
            return "unexpected-pass"
        return report.outcome
    return None


def first_line(report: pytest.TestReport) -> str:
    crash = getattr(report.longrepr, "reprcrash", None)
    text = crash.message if crash is not None else str(report.longrepr)
    return failures.cut(text.strip().splitlines()[0], failures.LINE_LIMIT) if text.strip() else "failed"


