"""The pytest plugin that records each scenario's outcome and writes the conformance report.

Results reach it through ``pytest_runtest_logreport``, which pytest-xdist replays on the
controller, so a run over several workers writes one merged report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from steps.claims import CLAIM_ID
from steps.contract import RULE_ID
from steps.conformance.expectations import load_expectations, write_expectations
from steps.conformance.report import NOT_RUN, build_report, write_report
from steps.conformance.summary import print_summary


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
    name = config.getoption("expectations") or config.getini("expectations")
    expected = load_expectations(Path(name)) if name else {}
    config.pluginmanager.register(Recorder(config, expected), "conformance-recorder")


class Recorder:
    """Collects each scenario's outcome, on the controller when pytest-xdist runs workers."""

    def __init__(self, config: pytest.Config, expected: dict[str, str]) -> None:
        self.config = config
        self.expected = expected
        self.results: list[dict[str, Any]] = []
        self.report: dict[str, Any] | None = None

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        from steps.plugin import scenario_template

        unused = dict(self.expected)
        for item in items:
            template = scenario_template(item)
            if template is None:
                continue
            key = scenario_key(item, template.feature.filename)
            item.user_properties.append(("scenario", {
                "key": key,
                "feature": Path(template.feature.filename).name,
                "scenario": template.name,
                "claims": sorted(t for t in template.tags | template.feature.tags if CLAIM_ID.match(t)),
                "rules": sorted(t for t in template.tags | template.feature.tags if RULE_ID.match(t)),
            }))
            reason = unused.pop(key, None)
            if reason is not None:
                item.add_marker(pytest.mark.xfail(reason=reason, strict=True))
        whole_suite = not (
            self.config.getoption("keyword")
            or self.config.getoption("markexpr")
            or self.config.args_source == pytest.Config.ArgsSource.ARGS
        )
        if unused and whole_suite:
            stale = "\n  ".join(sorted(unused))
            raise pytest.UsageError(f"the expectations name scenarios the suite does not have:\n  {stale}")

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        info = dict(report.user_properties).get("scenario")
        outcome = outcome_of(report)
        if info is None or outcome is None:
            return
        reason = ""
        if outcome in ("skipped", "expected-failure") and isinstance(report.longrepr, tuple):
            reason = report.longrepr[2].removeprefix("Skipped: ")
        elif outcome == "expected-failure":
            reason = report.wasxfail
        elif outcome == "failed":
            reason = first_line(report)
        elif outcome == "unexpected-pass":
            reason = "listed as expected to fail, but passed"
        if outcome == "skipped" and reason.startswith(NOT_RUN):
            outcome = "not-run"
        self.results.append({**info, "outcome": outcome, "reason": reason})

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
            write_expectations(Path(path), self.report, self.expected)
        if self.config.getoption("fail_on_skip") and self.report["totals"]["skipped"]:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self.report and self.report["scenarios"]:
            print_summary(terminalreporter, self.report)


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
    return text.strip().splitlines()[0] if text.strip() else "failed"


