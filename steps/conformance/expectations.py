"""Expectations: the scenarios known to fail on one implementation, each with its reason.

Like web-platform-tests' metadata files: ``--expectations FILE`` marks each listed scenario as an
expected failure; if it passes, the run fails and says so (an unexpected pass), so the file stays
true. ``--write-expectations FILE`` rewrites the file from a run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest


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


def write_expectations(path: Path, report: dict[str, Any], previous: dict[str, str]) -> None:
    """Every scenario that fails here, with the reason already given for it, or its failure."""
    failures = {
        s["key"]: previous.get(s["key"]) or s["reason"] or "fails"
        for s in report["scenarios"]
        if s["outcome"] in ("failed", "expected-failure")
    }
    data = {"target": report["target"]["name"], "expected_failures": dict(sorted(failures.items()))}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


