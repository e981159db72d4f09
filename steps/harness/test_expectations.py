"""Expectations that stay true, and the files a run writes.

A listed scenario is an expected failure only while it fails because of the implementation: an
error in the suite's own code is never expected, and a known failure that now fails another way
is marked as changed. Writing expectations from a subset updates only that subset. Every file a
run writes is checked before any scenario runs.

Each test runs the suite in a subprocess (steps/harness/suite.py).
"""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

import pytest

from steps.harness.suite import ROOT, assert_one_readable_error, run_suite
from steps.harness.test_cli import A_PASSING_SCENARIO, ONE_SCENARIO

#: Routes every URL, so A_PASSING_SCENARIO (a 404 for /goodbye) fails on it, about the implementation.
CATCH_ALL = "wsgi:mutants.catalogue.route_catch_all:app"
#: How A_PASSING_SCENARIO fails on CATCH_ALL: expected, then what came back.
CATCH_ALL_FAILURE = "expected status 404 · answered 200 text/html"

#: A plugin that plants a bug in the suite's own code: every URL a step builds raises TypeError.
BROKEN_SUITE = textwrap.dedent(
    """
    from steps.targets import Visitor

    def url(self, section, path):
        raise TypeError("a bug planted in the suite")

    Visitor.url = url
    """
)


def expectations_file(path: Path, entries: dict) -> Path:
    path.write_text(json.dumps({"expected_failures": entries}), encoding="utf-8")
    return path


def scenario_entry(report: Path, key: str) -> dict:
    return next(s for s in json.loads(report.read_text())["scenarios"] if s["key"] == key)


def test_an_expected_failure_that_passes_fails_the_run(tmp_path: Path) -> None:
    expectations = expectations_file(tmp_path / "expectations.json", {A_PASSING_SCENARIO: "thought broken"})
    result = run_suite(f"--expectations={expectations}", "-k", ONE_SCENARIO)
    assert result.returncode == pytest.ExitCode.TESTS_FAILED, result.stdout
    assert "XPASS(strict)" in result.stdout and "unexpected-pass" in result.stdout


def test_a_listed_failure_about_the_implementation_is_expected_an_error_of_the_suite_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expectations = expectations_file(tmp_path / "expectations.json", {A_PASSING_SCENARIO: "routes every URL"})
    report = tmp_path / "report.json"
    args = ("--target", CATCH_ALL, "-k", ONE_SCENARIO, f"--expectations={expectations}", f"--conformance-report={report}")

    # The control: the listed scenario fails because of the implementation, as listed.
    listed = run_suite(*args)
    assert listed.returncode == pytest.ExitCode.OK, listed.stdout
    assert "1 xfailed" in listed.stdout
    entry = scenario_entry(report, A_PASSING_SCENARIO)
    assert (entry["outcome"], entry["suite_error"], entry["changed"]) == ("expected-failure", False, False)
    assert (entry["reason"], entry["expected_reason"]) == (CATCH_ALL_FAILURE, "routes every URL")

    # The same scenario, failing from a TypeError in the suite's code: the run fails, saying so.
    (tmp_path / "broken_suite.py").write_text(BROKEN_SUITE)
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    written = shutil.copy(expectations, tmp_path / "written.json")
    broken = run_suite(*args, "-p", "broken_suite", f"--write-expectations={written}")
    assert broken.returncode == pytest.ExitCode.TESTS_FAILED, broken.stdout
    assert "xfailed" not in broken.stdout
    assert "the suite itself errored: TypeError at steps/" in broken.stdout, broken.stdout
    assert "listed in the expectations, but a suite error is never an expected failure" in broken.stdout
    # For the suite's developers: the whole traceback, down to the planted bug.
    assert "E       TypeError: a bug planted in the suite" in broken.stdout and "broken_suite.py:" in broken.stdout
    entry = scenario_entry(report, A_PASSING_SCENARIO)
    assert (entry["outcome"], entry["suite_error"]) == ("failed", True)
    assert entry["reason"] == "suite error: TypeError: a bug planted in the suite"
    assert entry["expected_reason"] == "routes every URL"
    # An error of the suite says nothing of the implementation: the entry is kept as it was.
    assert json.loads(Path(written).read_text())["expected_failures"] == {A_PASSING_SCENARIO: "routes every URL"}


def test_a_known_failure_that_now_fails_differently_is_marked_changed(tmp_path: Path) -> None:
    written, report = tmp_path / "expectations.json", tmp_path / "report.json"
    args = ("--target", CATCH_ALL, "-k", ONE_SCENARIO, f"--conformance-report={report}")
    run_suite(*args, f"--write-expectations={written}")
    entries = json.loads(written.read_text())["expected_failures"]
    assert entries == {A_PASSING_SCENARIO: {"reason": CATCH_ALL_FAILURE, "fails_with": CATCH_ALL_FAILURE}}

    # The control: it fails as its entry says.
    same = run_suite(*args, f"--expectations={written}")
    assert same.returncode == pytest.ExitCode.OK, same.stdout
    assert scenario_entry(report, A_PASSING_SCENARIO)["changed"] is False
    assert "now fail differently" not in same.stdout

    # The entry says it used to fail with a 500: it fails otherwise now.
    before = "expected status 404 · answered 500 text/html"
    entries[A_PASSING_SCENARIO] = {"reason": "answers 500 for unknown URLs", "fails_with": before}
    expectations_file(written, entries)
    moved = run_suite(*args, f"--expectations={written}")
    assert moved.returncode == pytest.ExitCode.OK, moved.stdout  # still an expected failure
    entry = scenario_entry(report, A_PASSING_SCENARIO)
    assert (entry["outcome"], entry["changed"]) == ("expected-failure", True)
    assert (entry["reason"], entry["expected_reason"]) == (CATCH_ALL_FAILURE, "answers 500 for unknown URLs")
    assert "known failures that now fail differently (1)" in moved.stdout
    assert f"{A_PASSING_SCENARIO}: was {before!r}, now {CATCH_ALL_FAILURE!r}" in moved.stdout


def test_writing_expectations_from_a_subset_updates_only_that_subset(tmp_path: Path) -> None:
    # Bottle's file: the reference passes the five static climbs Bottle answers with 403.
    written = Path(shutil.copy(ROOT / "implementations/bottle_app/expectations.json", tmp_path / "expectations.json"))
    before = json.loads(written.read_text())
    climbs = {k for k in before["expected_failures"] if "climbs_out_of_the_static_folder" in k}
    assert climbs, "the control needs entries for scenarios the reference passes"

    passing = run_suite("-k", "climbs_out_of_the_static_folder", f"--write-expectations={written}")
    assert passing.returncode == pytest.ExitCode.OK, passing.stdout
    after = json.loads(written.read_text())
    assert set(before["expected_failures"]) - set(after["expected_failures"]) == climbs
    assert after == {**before, "expected_failures": {k: v for k, v in before["expected_failures"].items() if k not in climbs}}

    # A scenario that ran and failed is added; the rest stays as it was.
    failing = run_suite("--target", CATCH_ALL, "-k", ONE_SCENARIO, f"--write-expectations={written}")
    assert failing.returncode == pytest.ExitCode.TESTS_FAILED, failing.stdout
    added = json.loads(written.read_text())["expected_failures"]
    assert added.pop(A_PASSING_SCENARIO) == {"reason": CATCH_ALL_FAILURE, "fails_with": CATCH_ALL_FAILURE}
    assert added == after["expected_failures"]


def test_an_expectations_entry_of_another_shape_is_one_readable_error(tmp_path: Path) -> None:
    expectations = expectations_file(tmp_path / "expectations.json", {A_PASSING_SCENARIO: {"why": "no reason key"}})
    result = run_suite(f"--expectations={expectations}", "-k", ONE_SCENARIO)
    assert_one_readable_error(result, f"the entry for {A_PASSING_SCENARIO!r} must be a reason or")


def test_an_expectations_file_to_update_that_cannot_be_read_is_one_readable_error_before_any_scenario(tmp_path: Path) -> None:
    written = tmp_path / "expectations.json"
    written.write_text("{not json")
    result = run_suite(f"--write-expectations={written}", "-k", ONE_SCENARIO)
    assert_one_readable_error(result, f"--write-expectations: cannot read {written}")
    assert "passed" not in result.stdout


# --- The files a run writes -------------------------------------------------------------------


def unwritable(tmp_path: Path, kind: str) -> Path:
    """A path that cannot be written: under /proc, under a file, or a folder where a file belongs."""
    a_file = tmp_path / "a-file"
    a_file.write_text("")
    return {"proc": Path("/proc/no-such-report.json"), "under a file": a_file / "out.json", "a folder": tmp_path}[kind]


@pytest.mark.parametrize(("option", "kind"), [
    ("--conformance-report", "proc"),
    ("--write-expectations", "under a file"),
    ("--record-requests", "a folder"),
    ("--cucumberjson", "proc"),
    ("--junitxml", "under a file"),
])
def test_an_output_file_that_cannot_be_written_is_one_readable_line_before_any_scenario(
    tmp_path: Path, option: str, kind: str
) -> None:
    path = unwritable(tmp_path, kind)
    result = run_suite(f"{option}={path}", "-k", ONE_SCENARIO)
    assert_one_readable_error(result, f"{option}: cannot write {path}: ")
    assert len((result.stdout + result.stderr).strip().splitlines()) == 1, result.stdout + result.stderr


def test_a_screenshots_folder_that_cannot_be_made_is_one_readable_line(tmp_path: Path) -> None:
    path = unwritable(tmp_path, "under a file")
    result = run_suite(f"--screenshots={path}", "-k", ONE_SCENARIO)
    assert_one_readable_error(result, f"--screenshots: cannot write into {path}: ")


def test_writable_output_paths_are_written_and_the_check_leaves_nothing_behind(tmp_path: Path) -> None:
    # The control: paths in a folder yet to be made are fine, and written at the end.
    report, requests = tmp_path / "new" / "report.json", tmp_path / "new" / "requests.json"
    result = run_suite(f"--conformance-report={report}", f"--record-requests={requests}", "-k", ONE_SCENARIO)
    assert result.returncode == pytest.ExitCode.OK, result.stdout
    assert json.loads(report.read_text())["totals"]["passed"] == 1 and json.loads(requests.read_text())
    # A run that ends at a later bad path leaves nothing where the good one was tried.
    fresh = tmp_path / "fresh" / "report.json"
    result = run_suite(f"--conformance-report={fresh}", f"--junitxml={unwritable(tmp_path, 'proc')}", "-k", ONE_SCENARIO)
    assert result.returncode == pytest.ExitCode.USAGE_ERROR, result.stdout
    assert not fresh.parent.exists()
