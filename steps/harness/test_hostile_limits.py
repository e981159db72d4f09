"""Implementations that answer too much or too slowly cost the run a bounded amount: a body is read
up to a limit, and a run stops asking an implementation that stopped answering.

The hostile servers and apps are in steps/harness/hostile.py; peak memory and wall time against
them are measured by bench/hostile.py, not here.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from steps.conformance.report import NOT_RUN
from steps.harness.hostile import CLOSED_LOG, MiB, EndlessBody, command
from steps.harness.suite import run_suite
from steps.targets import BODY_LIMIT, EXCERPT, TIMEOUTS_IN_A_ROW

#: One scenario: it reads "Hello World" on /routing/hello, then expects a 404 elsewhere.
HELLO_THEN_404 = "a_url_that_no_route_names and goodbye"
#: Six scenarios, each opening with a GET: enough for three timeouts in a row, and three left after.
SIX_REQUESTS = "test_the_sections_views_answer_with_text or a_url_that_no_route_names"
#: What the suite says of a body over the limit (method, URL and status before it).
TOO_LARGE = (
    r"(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) http://.+: {status} with a body over {limit} MiB \({said}; "
    r"the suite stopped reading at {read} bytes\); the contract has no answer that large"
)


def scenarios(report: Path) -> dict[str, list[dict]]:
    """The report's scenarios by outcome."""
    by_outcome: dict[str, list[dict]] = {}
    for scenario in json.loads(report.read_text())["scenarios"]:
        by_outcome.setdefault(scenario["outcome"], []).append(scenario)
    return by_outcome


def at_the_limit_is_judged(result: subprocess.CompletedProcess[str], report: Path) -> None:
    """The control: a body as large as the suite reads is read, and the scenario judges what it
    says (it does not say "Hello World"), not its size."""
    assert result.returncode == pytest.ExitCode.TESTS_FAILED, result.stdout
    [failed] = scenarios(report)["failed"]
    assert "body over" not in failed["reason"] and "'Hello World'" in failed["reason"], failed


def test_a_body_at_the_limit_is_read_whole(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    result = run_suite("--target-server", command("huge-body", BODY_LIMIT, 404), "-k", HELLO_THEN_404,
                       f"--conformance-report={report}")
    at_the_limit_is_judged(result, report)


def test_a_300_mib_answer_to_every_request_fails_each_scenario_in_one_line(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    result = run_suite("--target-server", command("huge-body", 300 * MiB), "-m", "not browser",
                       f"--conformance-report={report}", timeout=300)
    assert result.returncode == pytest.ExitCode.TESTS_FAILED, result.stdout[-5000:]
    failed = scenarios(report)["failed"]
    too_large = re.compile(TOO_LARGE.format(
        status=200, limit=BODY_LIMIT // MiB, said=f"its Content-Length says {300 * MiB} bytes", read=BODY_LIMIT + 1))
    assert len(failed) > 200 and "passed" not in scenarios(report)
    for scenario in failed:
        assert too_large.fullmatch(scenario["reason"]), scenario
    # What the run prints does not grow with the body: no more of it than an excerpt, a few KB a failure.
    output = result.stdout + result.stderr
    assert "x" * (EXCERPT + 1) not in output
    assert len(output) < 10_000 * len(failed), f"{len(output)} characters for {len(failed)} failures"


def test_an_endless_wsgi_body_is_cut_at_the_limit_and_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    closed_log = tmp_path / "closed.log"
    monkeypatch.setenv(CLOSED_LOG, str(closed_log))
    control_report, report = tmp_path / "control.json", tmp_path / "report.json"
    control = run_suite("--target", "wsgi:steps.harness.hostile:body_at_the_limit", "-k", HELLO_THEN_404,
                        f"--conformance-report={control_report}")
    at_the_limit_is_judged(control, control_report)

    result = run_suite("--target", "wsgi:steps.harness.hostile:endless_body", "-k", HELLO_THEN_404,
                       f"--conformance-report={report}")
    assert result.returncode == pytest.ExitCode.TESTS_FAILED, result.stdout
    [failed] = scenarios(report)["failed"]
    too_large = TOO_LARGE.format(status=404, limit=BODY_LIMIT // MiB, said="it gave no Content-Length", read=BODY_LIMIT + 1)
    assert re.fullmatch(too_large, failed["reason"]), failed
    # Its one request took the app's pieces up to the first past the limit, then closed the iterable.
    given = [int(line) for line in closed_log.read_text().split()]
    assert len(given) == 1 and BODY_LIMIT < given[0] <= BODY_LIMIT + len(EndlessBody.piece), given


def test_a_run_stops_asking_an_implementation_that_stopped_answering(tmp_path: Path) -> None:
    report, expectations = tmp_path / "report.json", tmp_path / "expectations.json"
    result = run_suite("--target-server", command("sleeper", 3), "--request-timeout", "1", "-k", SIX_REQUESTS,
                       f"--conformance-report={report}", f"--write-expectations={expectations}", timeout=60)
    assert result.returncode == pytest.ExitCode.TESTS_FAILED, result.stdout
    outcomes = scenarios(report)
    assert [s["reason"].split(": ", 1)[1] for s in outcomes["failed"]] == [
        "no answer within 1 s (the implementation hangs)"] * TIMEOUTS_IN_A_ROW
    reason = f"the implementation stopped answering ({TIMEOUTS_IN_A_ROW} requests in a row got no answer within 1 s)"
    assert [s["reason"] for s in outcomes["not-run"]] == [NOT_RUN + reason] * (6 - TIMEOUTS_IN_A_ROW)
    assert set(outcomes) == {"failed", "not-run"}
    # Said on screen once when it happens, not once a scenario (the summary may group them under it).
    assert result.stdout.count(f"{reason}: the remaining scenarios are not run") == 1, result.stdout
    assert result.stdout.count(reason) <= 2, result.stdout

    # The timeouts known as expected failures: what was not run still fails the run.
    again = run_suite("--target-server", command("sleeper", 3), "--request-timeout", "1", "-k", SIX_REQUESTS,
                      f"--conformance-report={report}", f"--expectations={expectations}", timeout=60)
    totals = json.loads(report.read_text())["totals"]
    assert (totals["expected-failure"], totals["not-run"]) == (TIMEOUTS_IN_A_ROW, 6 - TIMEOUTS_IN_A_ROW), totals
    assert again.returncode == pytest.ExitCode.TESTS_FAILED, again.stdout


def test_a_request_that_answers_resets_the_count_of_timeouts(tmp_path: Path) -> None:
    # The control: every other request hangs, so timeouts never come TIMEOUTS_IN_A_ROW in a row.
    report = tmp_path / "report.json"
    result = run_suite("--target-server", command("sleeper", 3, 2), "--request-timeout", "1", "-k", SIX_REQUESTS,
                       f"--conformance-report={report}", timeout=60)
    outcomes = scenarios(report)
    assert "not-run" not in outcomes and "stopped answering" not in result.stdout, result.stdout
    timeouts = [s for s in outcomes["failed"] if s["reason"].endswith("no answer within 1 s (the implementation hangs)")]
    assert len(timeouts) >= TIMEOUTS_IN_A_ROW, outcomes
