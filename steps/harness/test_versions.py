"""``python -m steps.versions``: its pin table, its cache, and how it fails. No network: pip is
kept off every index, so a build fails at once, as it would on a machine without one."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from steps import versions
from steps.conformance.report import SCHEMA
from steps.harness.suite import ROOT

#: What every line must pin: Flask and the libraries Flask itself requires on every line.
REQUIRED = {"flask", "werkzeug", "jinja2", "markupsafe", "itsdangerous", "click"}


@pytest.fixture(autouse=True)
def _offline_pip(monkeypatch: pytest.MonkeyPatch) -> None:
    """pip with no index, no link and no config file (here and in the commands run): it finds nothing."""
    for name in [k for k in os.environ if k.startswith("PIP_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)


def run_versions(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "steps.versions", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def assert_one_line_failure(result: subprocess.CompletedProcess[str], status: int, *fragments: str) -> None:
    output = result.stdout + result.stderr
    assert result.returncode == status, output
    assert "Traceback" not in output, output
    errors = [line for line in result.stderr.splitlines() if line.startswith("steps.versions:")]
    assert len(errors) == 1, output
    for fragment in fragments:
        assert fragment in errors[0], output


def test_every_line_from_1_1_to_3_1_pins_flask_of_that_line_and_what_it_requires() -> None:
    assert versions.LINES == ["1.1", "2.0", "2.1", "2.2", "2.3", "3.0", "3.1"]
    for line, pins in versions.PINS.items():
        assert REQUIRED <= set(pins) <= set(versions.STACK), line
        assert pins["flask"].startswith(line + "."), line
        # Werkzeug is released in step with Flask since 2.0; Flask 1.1 goes with Werkzeug 1.0.
        assert pins["werkzeug"].startswith("1.0." if line == "1.1" else line + "."), line
        assert all(version.count(".") == 2 for version in pins.values()), f"{line}: a patch release each: {pins}"


def test_the_newest_line_is_the_projects_own_pins() -> None:
    pinned = dict(entry.split("==") for entry in ROOT.joinpath("constraints.txt").read_text().split())
    project = {versions.normalise(name): version for name, version in pinned.items()}
    assert versions.PINS["3.1"] == {name: project[name] for name in versions.PINS["3.1"]}


def test_the_suite_keeps_its_own_pins_and_leaves_the_flask_stack_to_the_line() -> None:
    suite = {versions.normalise(entry.split("==")[0]): entry for entry in versions.suite_constraints()}
    assert not set(suite) & set(versions.STACK), suite
    for package in versions.SUITE_PACKAGES:
        assert package in suite and "==" in suite[package], package


def test_the_cache_key_changes_when_what_would_be_installed_changes() -> None:
    suite = versions.suite_constraints()
    key = versions.cache_key("1.1", versions.PINS, suite)
    assert versions.cache_key("1.1", versions.PINS, list(suite)) == key  # the control: same pins, same key
    older_werkzeug = {**versions.PINS, "1.1": {**versions.PINS["1.1"], "werkzeug": "1.0.0"}}
    assert versions.cache_key("1.1", older_werkzeug, suite) != key
    assert versions.cache_key("2.0", older_werkzeug, suite) == versions.cache_key("2.0", versions.PINS, suite)
    other_pytest = [entry if not entry.startswith("pytest==") else "pytest==8.0.0" for entry in suite]
    assert other_pytest != suite and versions.cache_key("1.1", versions.PINS, other_pytest) != key
    assert len({versions.cache_key(line) for line in versions.LINES}) == len(versions.LINES)


def test_a_finished_environment_is_reused_and_an_unfinished_one_is_not(tmp_path: Path) -> None:
    path = tmp_path / f"1.1-{versions.cache_key('1.1')}"
    (path / "bin").mkdir(parents=True)
    (path / "bin" / "python").touch()
    (path / versions.READY).write_text("{}")
    assert versions.environment("1.1", tmp_path) == (path, True)
    (path / versions.READY).unlink()  # a build that was stopped before it finished
    with pytest.raises(versions.VersionsError, match="pip could not install"):
        versions.environment("1.1", tmp_path)  # is built again (and, offline here, fails)


def test_a_build_installs_the_pins_and_keeps_one_environment_per_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale, other_line = tmp_path / "1.1-000000000000", tmp_path / "2.0-000000000000"
    stale.mkdir()
    other_line.mkdir()
    commands = []

    def pip_that_succeeds(command: list[str], **_kwargs: object) -> subprocess.CompletedProcess[str]:
        commands.append(command)
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(versions.subprocess, "run", pip_that_succeeds)
    path = tmp_path / f"1.1-{versions.cache_key('1.1')}"
    assert versions.environment("1.1", tmp_path) == (path, False)
    assert [c for c in commands[0] if "==" in c][:2] == ["flask==1.1.4", "werkzeug==1.0.1"]
    assert (path / versions.READY).is_file() and (path / "bin" / "python").exists()
    assert versions.environment("1.1", tmp_path) == (path, True)
    assert len(commands) == 1, "a finished environment is reused, not installed again"
    assert sorted(tmp_path.iterdir()) == sorted([path, other_line]), "the line's environment for older pins is removed"


def test_an_unknown_line_is_one_readable_line() -> None:
    assert versions.parse_lines("3.1, 1.1,1.1") == ["3.1", "1.1"]  # the control
    assert_one_line_failure(run_versions("--lines", "1.1,9.9"), 2, "'1.1,9.9'", "1.1, 2.0, 2.1, 2.2, 2.3, 3.0, 3.1")


def test_a_pip_that_cannot_install_the_pins_is_one_readable_line_and_leaves_no_environment(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    result = run_versions("--lines", "1.1", "--cache", str(cache), "--out", str(tmp_path / "out"))
    assert_one_line_failure(result, 1, "Flask 1.1: pip could not install flask==1.1.4", "flask==1.1.4")
    assert list(cache.iterdir()) == [], "a failed build must leave nothing that a later run could take for finished"
    assert "0 of 1 lines ran" in result.stderr


def test_an_environment_whose_python_cannot_run_the_suite_is_one_readable_line(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    path = cache / f"2.0-{versions.cache_key('2.0')}"
    (path / "bin").mkdir(parents=True)
    python = path / "bin" / "python"
    python.write_text("#!/bin/sh\necho 'No module named pytest' >&2\nexit 1\n")
    python.chmod(python.stat().st_mode | stat.S_IXUSR)
    (path / versions.READY).write_text("{}")
    result = run_versions("--lines", "2.0", "--cache", str(cache), "--out", str(tmp_path / "out"))
    assert_one_line_failure(result, 1, "Flask 2.0: the suite did not run (exit 1): No module named pytest")


def report(path: Path, outcomes: dict[str, str]) -> Path:
    path.write_text(json.dumps({"schema": SCHEMA, "scenarios": [{"key": k, "outcome": o} for k, o in outcomes.items()]}))
    return path


def test_only_scenarios_whose_outcome_differs_between_lines_are_listed(tmp_path: Path) -> None:
    old = report(tmp_path / "old.json", {"a::same": "passed", "b::changed": "failed", "c::only_old": "passed"})
    new = report(tmp_path / "new.json", {"a::same": "passed", "b::changed": "passed"})
    assert versions.differing_scenarios({"1.1": old, "3.1": new}) == [
        "b::changed\n    failed: 1.1; passed: 3.1",
        "c::only_old\n    passed: 1.1; absent: 3.1",
    ]


def test_every_expected_difference_is_a_claim_or_rule_explained_in_the_feature_that_checks_it() -> None:
    from steps.claims import load_claims
    from steps.contract import load_rules
    from steps.integrity import load_features, scenario_tags

    assert list(versions.DIFFERENCES) == versions.LINES
    assert versions.DIFFERENCES["3.1"] == set(), "the spec is written against 3.1: it conforms to every claim"
    explained = {
        tag
        for feature in load_features()
        if "Across Flask lines (python -m steps.versions)" in feature.description
        for scenario in feature.scenarios.values()
        for tag in scenario_tags(scenario)
    }
    known = set(load_claims()) | set(load_rules())
    for line, ids in versions.DIFFERENCES.items():
        assert ids <= known, f"{line}: {ids - known} are neither claims nor rules"
        assert ids <= explained, f"{line}: no feature that checks {ids - explained} says why it differs"


def verdicts_report(path: Path, verdicts: dict[str, str]) -> Path:
    path.write_text(json.dumps({"schema": SCHEMA, "claims": {k: {"verdict": v} for k, v in verdicts.items()}, "rules": {}}))
    return path


def test_a_line_is_judged_by_what_fails_and_conforms_there_against_its_expected_differences(tmp_path: Path) -> None:
    expected = {claim: "fails" for claim in versions.DIFFERENCES["2.2"]}
    as_expected = verdicts_report(tmp_path / "same.json", {**expected, "MIN-1": "conforms"})
    assert versions.unexpected("2.2", as_expected) == []
    new_failure = verdicts_report(tmp_path / "new.json", {**expected, "MIN-1": "fails"})
    assert versions.unexpected("2.2", new_failure) == [
        "Flask 2.2 fails MIN-1, which no feature explains for this line (see DIFFERENCES in steps/versions.py)"
    ]
    fixed = verdicts_report(tmp_path / "fixed.json", {**expected, "URL-2": "conforms"})
    assert versions.unexpected("2.2", fixed) == ["Flask 2.2 conforms to URL-2, expected to fail there"]
    unchecked = verdicts_report(tmp_path / "skipped.json", {**expected, "URL-2": "not verified"})
    assert versions.unexpected("2.2", unchecked) == []  # said on stderr: neither a failure nor a fix
