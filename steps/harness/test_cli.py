"""The harness itself, used as a person uses it: bad input gets one readable line, a hanging
implementation costs one scenario, expectations and reports say what happened.

Each test runs the suite in a subprocess. Not part of the default run (pytest.ini's
norecursedirs): `pytest steps/harness` runs them, as CI does.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from steps.harness import hostile
from steps.harness.suite import PYTHON, ROOT, assert_one_readable_error, free_port, processes_with, run_suite

A_PASSING_SCENARIO = "routing.feature::test_a_url_that_no_route_names_is_not_found[/goodbye]"
#: Selects that one scenario.
ONE_SCENARIO = "a_url_that_no_route_names and goodbye"


def test_a_target_that_names_nothing_is_one_readable_error() -> None:
    result = run_suite("--target", "nonsense")
    assert_one_readable_error(result, "ERROR: --target 'nonsense' is not a target", "wsgi:MODULE:APP")


def test_a_wsgi_target_that_cannot_be_imported_is_one_readable_error() -> None:
    result = run_suite("--target", "wsgi:no_such_module:app")
    assert_one_readable_error(result, "cannot import 'no_such_module'")


def test_an_unreachable_server_is_one_readable_error() -> None:
    port = free_port()
    result = run_suite("--target", f"http://127.0.0.1:{port}")
    assert_one_readable_error(result, f"cannot reach http://127.0.0.1:{port}", "Is the server running?")


def test_a_server_command_that_exits_is_one_readable_error_with_its_output() -> None:
    # What it prints is built at run time, so finding it proves the output, not the command, is shown.
    command = f"{PYTHON} -c \"import sys; print('no database', 'here'); sys.exit(3)\" {{port}}"
    result = run_suite("--target-server", command)
    assert_one_readable_error(result, "exited with status 3 before answering HTTP", "no database here")


def test_a_server_that_never_answers_is_stopped_after_the_deadline(tmp_path: Path) -> None:
    marker = f"never-answers-{os.getpid()}"
    result = run_suite("--target-server", f"{PYTHON} -c 'import time; time.sleep(60)' {marker} {{port}}",
                       "--server-startup-timeout", "1")
    assert_one_readable_error(result, "did not answer HTTP", "within 1 s")
    assert processes_with(marker) == [], "the server outlived the run"


def test_a_hanging_implementation_costs_a_scenario_not_the_run() -> None:
    started = time.monotonic()
    result = run_suite("--target-server", hostile.command("sleeper", 3600),
                       "--request-timeout", "1", "-k", ONE_SCENARIO)
    assert result.returncode == pytest.ExitCode.TESTS_FAILED, result.stdout
    assert "no answer within 1 s (the implementation hangs)" in result.stdout
    assert time.monotonic() - started < 60


def test_a_started_server_dies_with_a_killed_run() -> None:
    marker = f"dies-with-the-run-{os.getpid()}"
    run = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-p", "no:randomly", "--target-server",
         hostile.command("sleeper", 3600, 1, marker), "--request-timeout", "60", "-k", ONE_SCENARIO],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while not processes_with(marker):
            assert time.monotonic() < deadline and run.poll() is None, "the server never started"
            time.sleep(0.1)
        time.sleep(1)  # the scenario is now waiting on the hanging server
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
        deadline = time.monotonic() + 10
        while processes_with(marker):
            assert time.monotonic() < deadline, f"the server outlived a killed run: {processes_with(marker)}"
            time.sleep(0.1)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()


def test_the_report_merges_the_workers_results(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    result = run_suite("-n", "2", "-k", "routing", f"--conformance-report={report}")
    assert result.returncode == pytest.ExitCode.OK, result.stdout
    data = json.loads(report.read_text())
    assert data["schema"] == "flask-quickstart-spec/conformance-report/3"
    routing = data["features"]["routing.feature"]
    assert routing["passed"] >= 30 and sum(routing.values()) == routing["passed"], routing
    assert data["claims"]["ROUTE-3"]["verdict"] == "conforms"
    assert data["rules"]["routing.5"]["verdict"] == "conforms" and data["rules"]["routing.5"]["serves"] == ["ROUTE-3"]


def test_cucumber_json_keeps_working(tmp_path: Path) -> None:
    cucumber = tmp_path / "cucumber.json"
    result = run_suite("-k", "routing", f"--cucumberjson={cucumber}")
    assert result.returncode == pytest.ExitCode.OK, result.stdout
    features = json.loads(cucumber.read_text())
    assert [f["name"] for f in features] == ["Routing"] and len(features[0]["elements"]) >= 30


def test_compare_lays_reports_side_by_side(tmp_path: Path) -> None:
    reference, mutant = tmp_path / "reference.json", tmp_path / "int-dropped.json"
    run_suite("-k", "routing", f"--conformance-report={reference}")
    run_suite("--target", "wsgi:mutants.catalogue.route_int_dropped:app", "-k", "routing", f"--conformance-report={mutant}")
    result = subprocess.run(
        [sys.executable, "-m", "steps.conformance", "compare", str(reference), str(mutant)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines() if line.startswith(("ROUTE-", "routing."))}
    assert rows["ROUTE-3"] == ["conforms", "fails"], result.stdout
    assert rows["ROUTE-2"] == ["conforms", "conforms"], result.stdout
    assert rows["routing.5"] == ["conforms", "fails"] and rows["routing.9"] == ["conforms", "conforms"], result.stdout
