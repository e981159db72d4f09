"""Expectations: the scenarios known to fail on one implementation, each with its reason.

Like web-platform-tests' metadata files: ``--expectations FILE`` marks each listed scenario as an
expected failure; if it passes, the run fails and says so (an unexpected pass), so the file stays
true. Only a failure about the implementation is expected: an error of the suite's own code fails
the run even for a listed scenario. An entry is ``"key": "reason"`` or
``"key": {"reason": "...", "fails_with": "<first line of the failure>"}``; with ``fails_with``, a
listed scenario that now fails another way is marked as changed.

``--write-expectations FILE`` updates FILE from a run: the scenarios that ran and failed are
listed (with the reason already given, and how they fail now), those that ran and passed are
removed, and every other entry is kept as it was, so a run of a subset updates only that subset.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


@dataclass(frozen=True)
class Expectation:
    reason: str
    #: The first line of the failure when the entry was written, or None (a hand-written entry).
    fails_with: str | None = None

    def to_json(self) -> str | dict[str, str]:
        return self.reason if self.fails_with is None else {"reason": self.reason, "fails_with": self.fails_with}


SHAPE = '{"expected_failures": {"<scenario>": "<reason>" or {"reason": "...", "fails_with": "..."}}}'


def load_expectations(path: Path, option: str = "--expectations") -> dict[str, Expectation]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise pytest.UsageError(f"{option}: no file {path}") from None
    except (OSError, ValueError) as error:
        raise pytest.UsageError(f"{option}: cannot read {path}: {error}") from None
    failures = data.get("expected_failures") if isinstance(data, dict) else None
    if not isinstance(failures, dict):
        raise pytest.UsageError(f"{option}: {path} must hold {SHAPE}")
    expectations = {}
    for key, entry in failures.items():
        if isinstance(entry, str) and entry:
            expectations[key] = Expectation(entry)
        elif (
            isinstance(entry, dict)
            and isinstance(entry.get("reason"), str) and entry["reason"]
            and isinstance(entry.get("fails_with", ""), str)
            and set(entry) <= {"reason", "fails_with"}
        ):
            expectations[key] = Expectation(entry["reason"], entry.get("fails_with") or None)
        else:
            raise pytest.UsageError(f"{option}: {path}: the entry for {key!r} must be a reason or {{\"reason\", \"fails_with\"}}")
    return expectations


def comparable(first_line: str, base_url: str | None) -> str:
    """A failure's first line without what changes from run to run: the target's address, object ids."""
    if base_url:
        first_line = first_line.replace(base_url.rstrip("/"), "")
    first_line = re.sub(r"\b0x[0-9a-fA-F]{6,}\b", "0x…", first_line)
    return " ".join(first_line.split())


def changed(expectation: Expectation, fails_with: str) -> bool:
    """A known failure that fails another way now (only entries that say how they failed can tell).

    ``fails_with`` is this run's first line, already ``comparable``.
    """
    return expectation.fails_with is not None and fails_with != comparable(expectation.fails_with, None)


def updated_expectations(
    kept: dict[str, Expectation],
    given: dict[str, Expectation],
    report: dict[str, Any],
    fails_with: dict[str, str],
    suite_keys: set[str] | None,
) -> dict[str, Expectation]:
    """``kept`` (the file being written) updated with the scenarios of this run that gave a verdict.

    A scenario that failed because of the implementation is listed with the reason already given
    (in ``kept``, else in ``given``, the ``--expectations`` file) and how it fails now
    (``fails_with``: key -> comparable first line); one that passed is removed; a skipped, not run
    or suite-errored scenario, and every scenario the run did not select, keeps its entry as it
    was. When ``suite_keys`` (every scenario of the suite) is known, entries for others are dropped.
    """
    entries = {k: e for k, e in kept.items() if suite_keys is None or k in suite_keys}
    for scenario in report["scenarios"]:
        key, outcome = scenario["key"], scenario["outcome"]
        if outcome in ("passed", "unexpected-pass"):
            entries.pop(key, None)
        elif outcome in ("failed", "expected-failure") and not scenario["suite_error"]:
            old, now = entries.get(key) or given.get(key), fails_with.get(key) or scenario["reason"]
            entries[key] = Expectation(old.reason if old else now, now)
    return dict(sorted(entries.items()))


def write_expectations(path: Path, target_name: str | None, entries: dict[str, Expectation]) -> None:
    """Writes ``entries``; a ``target`` the file already names (perhaps written by hand) is kept."""
    try:
        target_name = json.loads(path.read_text(encoding="utf-8")).get("target") or target_name
    except (OSError, ValueError, AttributeError):
        pass
    data = {"target": target_name, "expected_failures": {key: e.to_json() for key, e in entries.items()}}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
