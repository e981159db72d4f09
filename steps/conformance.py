"""Conformance results: expectations per implementation, and the report per claim and feature.

Expectations (``--expectations FILE``) list the scenarios known to fail on one implementation,
each with its reason, like web-platform-tests' metadata files. Such a scenario is reported as an
expected failure; if it passes, the run fails and says so (an unexpected pass), so that the file
stays true. ``--write-expectations FILE`` rewrites the file from this run.

The report (``--conformance-report FILE``) follows the schema in ``README.md, 'The conformance report'``. Results
reach it through ``pytest_runtest_logreport``, which pytest-xdist replays on the controller, so a
run over several workers writes one merged report.
"""

from __future__ import annotations

import datetime
import json
from collections import Counter, defaultdict
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

from steps.claims import CLAIM_ID, load_claims
from steps.contract import RULE_ID, load_rules

SCHEMA = "flask-quickstart-spec/conformance-report/2"
OUTCOMES = ("passed", "failed", "skipped", "expected-failure", "unexpected-pass")


def suite_version() -> str:
    try:
        return metadata.version("flask-quickstart-spec")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


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


def load_expectations(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise pytest.UsageError(f"--expectations: no file {path}") from None
    except ValueError as error:
        raise pytest.UsageError(f"--expectations: {path} is not JSON: {error}") from None
    failures = data.get("expected_failures") if isinstance(data, dict) else None
    if not isinstance(failures, dict) or not all(isinstance(v, str) and v for v in failures.values()):
        raise pytest.UsageError(f'--expectations: {path} must hold {{"expected_failures": {{"<scenario>": "<reason>"}}}}')
    return failures


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
        self.results.append({**info, "outcome": outcome, "reason": reason})

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if hasattr(self.config, "workerinput"):
            return  # the controller writes the merged report
        self.report = build_report(self.config, self.results)
        path = self.config.getoption("conformance_report")
        if path:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            Path(path).write_text(json.dumps(self.report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
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


def merged(results: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """One entry per scenario: a failing phase (setup, call, teardown) outranks a pass."""
    rank = {o: i for i, o in enumerate(("passed", "skipped", "expected-failure", "unexpected-pass", "failed"))}
    by_key: dict[str, dict[str, Any]] = {}
    for result in results:
        kept = by_key.get(result["key"])
        if kept is None or rank[result["outcome"]] > rank[kept["outcome"]]:
            by_key[result["key"]] = result
    return by_key


def build_report(config: pytest.Config, results: list[dict[str, Any]]) -> dict[str, Any]:
    from steps.plugin import CHOICE, TARGET

    scenarios = sorted(merged(results).values(), key=lambda r: r["key"])
    claims: dict[str, Counter] = {claim: Counter() for claim in load_claims()}
    rules: dict[str, Counter] = {rule: Counter() for rule in load_rules()}
    features: dict[str, Counter] = defaultdict(Counter)
    for result in scenarios:
        features[result["feature"]][result["outcome"]] += 1
        for claim in result["claims"]:
            claims.setdefault(claim, Counter())[result["outcome"]] += 1
        for rule in result["rules"]:
            rules.setdefault(rule, Counter())[result["outcome"]] += 1
    served = {rule.id: list(rule.claims) for rule in load_rules().values()}
    target = config.stash.get(TARGET, None)
    choice = config.stash.get(CHOICE, None)
    return {
        "schema": SCHEMA,
        "suite_version": suite_version(),
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "target": {
            "name": target.name if target else None,
            "chosen_by": choice.describe() if choice else None,
            "capabilities": sorted(target.capabilities) if target else [],
        },
        "totals": {o: sum(c[o] for c in features.values()) for o in OUTCOMES},
        "claims": {claim: {"verdict": verdict(c), **{o: c[o] for o in OUTCOMES}} for claim, c in claims.items()},
        "rules": {
            rule: {"verdict": verdict(c), "serves": served.get(rule, []), **{o: c[o] for o in OUTCOMES}}
            for rule, c in rules.items()
        },
        "features": {name: {o: c[o] for o in OUTCOMES} for name, c in sorted(features.items())},
        "scenarios": scenarios,
    }


def verdict(counts: Counter) -> str:
    """A claim (or rule) conforms when every scenario that verifies it passed here."""
    if counts["failed"] or counts["unexpected-pass"]:
        return "fails"
    if counts["expected-failure"]:
        return "fails (expected)"
    if counts["passed"]:
        return "partly verified" if counts["skipped"] else "conforms"
    return "not verified" if counts["skipped"] else "no scenario ran"


def write_expectations(path: Path, report: dict[str, Any], previous: dict[str, str]) -> None:
    """Every scenario that fails here, with the reason already given for it, or its failure."""
    failures = {
        s["key"]: previous.get(s["key"]) or s["reason"] or "fails"
        for s in report["scenarios"]
        if s["outcome"] in ("failed", "expected-failure")
    }
    data = {"target": report["target"]["name"], "expected_failures": dict(sorted(failures.items()))}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def print_summary(terminalreporter: Any, report: dict[str, Any]) -> None:
    write = terminalreporter.write_line
    terminalreporter.section("conformance")
    write(f"target: {report['target']['name']}")
    write(f"{'feature':<24}" + "".join(f"{o:>17}" for o in OUTCOMES))
    for name, counts in report["features"].items():
        write(f"{name:<24}" + "".join(f"{counts[o]:>17}" for o in OUTCOMES))
    write(f"{'total':<24}" + "".join(f"{report['totals'][o]:>17}" for o in OUTCOMES))
    for kind, label in (("claims", "the document's claims"), ("rules", "the contract's rules")):
        verdicts = Counter(c["verdict"] for c in report[kind].values())
        write(f"{label}: " + ", ".join(f"{n} {v}" for v, n in sorted(verdicts.items())))
        for shown in ("fails", "partly verified"):
            named = [name for name, c in report[kind].items() if c["verdict"].startswith(shown)]
            if named:
                write(f"  {shown}: " + ", ".join(named))
    skipped = [s for s in report["scenarios"] if s["outcome"] == "skipped"]
    if skipped and terminalreporter.config.getoption("fail_on_skip"):
        write(f"--fail-on-skip: {len(skipped)} scenarios skipped, e.g. {skipped[0]['key']}: {skipped[0]['reason']}", red=True)


def compare(paths: list[Path]) -> str:
    """Claims by implementations: one column per report, one row per claim, then the totals."""
    reports = []
    for path in paths:
        try:
            report = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise SystemExit(f"compare: cannot read {path}: {error}") from None
        if report.get("schema") != SCHEMA:
            raise SystemExit(f"compare: {path} is not a conformance report ({SCHEMA})")
        reports.append(report)
    # Columns are named by report file; the legend says which target each one ran against.
    width = max(18, *(len(p.stem) for p in paths))
    names = [p.stem for p in paths]
    legend = [f"{p.stem}: {r['target']['name']} ({r['date']})" for r, p in zip(reports, paths)]
    lines = [*legend]
    for kind, heading in (("claims", "the document's claims"), ("rules", "the contract's rules")):
        ids = list(dict.fromkeys(c for r in reports for c in r[kind]))
        lines += ["", f"{heading:<16}" + "".join(f"  {n:<{width}}" for n in names)]
        for name in ids:
            cells = [r[kind].get(name, {}).get("verdict", "-") for r in reports]
            lines.append(f"{name:<16}" + "".join(f"  {c:<{width}}" for c in cells))
    lines.append("")
    for outcome in OUTCOMES:
        lines.append(f"{outcome:<16}" + "".join(f"  {r['totals'][outcome]:<{width}}" for r in reports))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] != "compare":
        print("usage: python -m steps.conformance compare REPORT.json REPORT.json [...]")
        return 2
    print(compare([Path(a) for a in argv[1:]]))
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
