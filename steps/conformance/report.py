"""The conformance report: its schema, how it is built from the scenarios' outcomes, how it is read.

The schema is described in README.md, 'The conformance report'. A change that breaks readers bumps
the number in ``SCHEMA``.
"""

from __future__ import annotations

import datetime
import json
from collections import Counter, defaultdict
from importlib import metadata
from pathlib import Path
from typing import Any

from steps.claims import load_claims
from steps.contract import load_rules

SCHEMA = "flask-quickstart-spec/conformance-report/3"
OUTCOMES = ("passed", "failed", "skipped", "expected-failure", "unexpected-pass", "not-run")
#: A skip whose reason starts so was not the scenario's choice: the run stopped asking the target.
NOT_RUN = "not run: "


def suite_version() -> str:
    try:
        return metadata.version("flask-quickstart-spec")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


def merged(results: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """One entry per scenario: a failing phase (setup, call, teardown) outranks a pass."""
    rank = {o: i for i, o in enumerate(("passed", "skipped", "not-run", "expected-failure", "unexpected-pass", "failed"))}
    by_key: dict[str, dict[str, Any]] = {}
    for result in results:
        kept = by_key.get(result["key"])
        if kept is None or rank[result["outcome"]] > rank[kept["outcome"]]:
            by_key[result["key"]] = result
    return by_key


def build_report(target: Any, chosen_by: str | None, results: list[dict[str, Any]]) -> dict[str, Any]:
    """The report of one run: ``target`` is the Target (or None), ``results`` one entry per phase."""
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
    return {
        "schema": SCHEMA,
        "suite_version": suite_version(),
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "target": {
            "name": target.name if target else None,
            "chosen_by": chosen_by,
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
        return "partly verified" if counts["skipped"] or counts["not-run"] else "conforms"
    return "not verified" if counts["skipped"] or counts["not-run"] else "no scenario ran"


def read_report(path: Path, command: str) -> dict[str, Any]:
    """A report written by ``--conformance-report``, or a one-line SystemExit naming ``command``."""
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SystemExit(f"{command}: cannot read {path}: {error}") from None
    if not isinstance(report, dict) or report.get("schema") != SCHEMA:
        raise SystemExit(f"{command}: {path} is not a conformance report ({SCHEMA})")
    return report


def write_report(path: Path, report: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
