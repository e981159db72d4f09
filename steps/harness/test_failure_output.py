"""Failures written for the person fixing the implementation, and a summary that names what fails.

A failing scenario's first line names the feature file and line, the scenario, the failing step,
its claims and rules; the second, what was expected and what came back; then the exchange. No
frames of the suite or of pytest unless -v asks, and at most 15 lines a failing scenario against
a mostly-404 implementation. Each test runs the suite in a subprocess (steps/harness/suite.py).
"""

from __future__ import annotations

import re
import subprocess
import textwrap
from pathlib import Path

import pytest

from steps.harness.suite import ROOT, run_suite

NO_ROUTES = "wsgi:steps.harness.degenerate:no_routes"
#: What pytest or the suite's code would show in a traceback.
FRAMES = ("Traceback", "site-packages", "_pytest", "fixturefunc", "def _(", "steps/http.py")

#: Writes 40 lines to wsgi.errors for every request, then answers 404.
NOISY_APP = textwrap.dedent(
    """
    def app(environ, start_response):
        for n in range(40):
            print(f"noisy line {n}", file=environ["wsgi.errors"])
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"nothing here"]
    """
)

#: Raises from its own view, in-process.
RAISING_APP = textwrap.dedent(
    """
    def app(environ, start_response):
        return view(environ)

    def view(environ):
        return {}["missing"]
    """
)

ROOT_URL = "minimal.feature::test_the_root_url_shows_hello_world"


def failures(output: str) -> list[list[str]]:
    """The blocks of pytest's FAILURES section, each with its ``____ name ____`` header line."""
    section = output.split(" FAILURES ", 1)[1].split("\n", 1)[1]
    section = re.split(r"\n=+ [a-z ]+ =+\n", "\n" + section)[0].strip("\n")
    blocks: list[list[str]] = []
    for line in section.splitlines():
        if re.fullmatch(r"_+ .+ _+", line):
            blocks.append([])
        blocks[-1].append(line)
    return blocks


def step_line(feature: str, scenario: str, step: str) -> int:
    """The line of ``step`` in the first scenario named ``scenario`` of ``feature``."""
    lines = (ROOT / "features" / feature).read_text(encoding="utf-8").splitlines()
    start = lines.index(f"  Scenario: {scenario}")
    return next(n for n, line in enumerate(lines[start:], start + 1) if line.strip() == step)


@pytest.fixture(scope="module")
def no_routes_run() -> subprocess.CompletedProcess[str]:
    return run_suite("-m", "not browser", "--target", NO_ROUTES, timeout=300)


def test_a_failure_says_where_what_was_expected_and_what_came_back(no_routes_run: subprocess.CompletedProcess[str]) -> None:
    block = next(b for b in failures(no_routes_run.stdout) if "test_the_root_url_shows_hello_world " in b[0])
    line = step_line("minimal.feature", "The root URL shows Hello World!", "Then the status is 200")
    assert block[1] == (
        f"minimal.feature:{line} · scenario: The root URL shows Hello World! · step: Then the status is 200"
        " · claims: MIN-1, MIN-6 · rules: minimal.1"
    )
    assert block[2] == "  expected status 200 · answered 404 text/html"
    assert block[3] == "  request:  GET http://localhost/minimal/"
    assert block[4] == "  response: 404"
    assert any(line.startswith("  body (207 bytes): '<!doctype html>") for line in block[5:])


def test_a_run_against_a_mostly_404_implementation_prints_at_most_15_lines_a_failing_scenario(
    no_routes_run: subprocess.CompletedProcess[str],
) -> None:
    output = no_routes_run.stdout
    blocks = failures(output)
    failed = int(re.search(r"(\d+) failed", output.splitlines()[-1])[1])
    assert len(blocks) == failed > 250, output[-2000:]
    # Each block, and the line pytest's short summary gives it.
    assert max(len(block) + 1 for block in blocks) <= 15, max(blocks, key=len)
    failures_section = "\n".join("\n".join(block) for block in blocks)
    assert not [frame for frame in FRAMES if frame in failures_section]
    print(f"{failed} failing scenarios, {len(output.splitlines())} lines in all, "
          f"at most {max(len(block) for block in blocks) + 1} a scenario")


@pytest.mark.parametrize("more", [["-v"], ["--tb=long"]])
def test_verbose_or_a_traceback_style_shows_pytests_full_report(more: list[str]) -> None:
    # The control for the check above: the frames are there to be left out.
    result = run_suite("--target", NO_ROUTES, "-k", "root_url_shows", *more)
    assert "fixturefunc" in result.stdout and "steps/http.py:" in result.stdout, result.stdout


def test_the_compact_failure_survives_the_workers_of_pytest_xdist() -> None:
    result = run_suite("-n", "2", "--target", NO_ROUTES, "-k", "root_url_shows or name_is_not_a_url")
    # Each block names the worker that ran it on the line below its header.
    blocks = [[line for line in block if not line.startswith("[gw")] for block in failures(result.stdout)]
    assert len(blocks) == 2 and all(block[2].startswith("  expected ") for block in blocks), result.stdout
    assert not [frame for frame in FRAMES if frame in result.stdout]


def test_what_the_implementation_printed_is_cut_to_its_last_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "noisy.py").write_text(NOISY_APP)
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    result = run_suite("--target", "wsgi:noisy:app", "-k", "root_url_shows")
    [block] = failures(result.stdout)
    at = next(i for i, line in enumerate(block) if "implementation output (last 3 of 40 lines; -v shows more)" in line)
    assert block[at + 1 :] == ["noisy line 37", "noisy line 38", "noisy line 39"]
    # The control: -v shows every line.
    verbose = run_suite("--target", "wsgi:noisy:app", "-k", "root_url_shows", "-v")
    assert all(f"noisy line {n}\n" in verbose.stdout for n in range(40)), verbose.stdout


def test_an_exception_the_implementation_raises_in_process_is_its_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "raising.py").write_text(RAISING_APP)
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    result = run_suite("--target", "wsgi:raising:app", "-k", "root_url_shows")
    [block] = failures(result.stdout)
    assert block[2] == "  the implementation raised KeyError: 'missing'"
    assert block[3:] == [f"  {tmp_path / 'raising.py'}:3 in app", f"  {tmp_path / 'raising.py'}:6 in view"]
    assert "the suite itself errored" not in result.stdout
    # About the implementation, so it can be an expected failure.
    expectations = tmp_path / "expectations.json"
    expectations.write_text('{"expected_failures": {"%s": "raises KeyError"}}' % ROOT_URL)
    listed = run_suite("--target", "wsgi:raising:app", "-k", "root_url_shows", f"--expectations={expectations}")
    assert listed.returncode == pytest.ExitCode.OK and "1 xfailed" in listed.stdout, listed.stdout


#: WSGI mistakes the in-process transport meets before any step looks at the answer.
BROKEN_WSGI_APPS = {
    "no start_response": ("def app(environ, start_response):\n    return [b'Hello World!']\n",
                          "the app returned without calling start_response (PEP 3333)"),
    "a status without a code": ("def app(environ, start_response):\n    start_response('OK', [])\n    return [b'Hello World!']\n",
                                "the app's status 'OK' has no three-digit code"),
}


@pytest.mark.parametrize("mistake", BROKEN_WSGI_APPS)
def test_a_wsgi_app_that_breaks_the_protocol_gets_a_verdict_not_a_suite_error(
    mistake: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, said = BROKEN_WSGI_APPS[mistake]
    (tmp_path / "broken.py").write_text(source)
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    result = run_suite("--target", "wsgi:broken:app", "-k", "root_url_shows")
    [block] = failures(result.stdout)
    assert block[2] == f"  GET http://localhost/minimal/: {said}", result.stdout
    assert "the suite itself errored" not in result.stdout


def test_the_summary_names_each_claim_and_rule_that_is_not_fully_verified_and_says_why_once() -> None:
    # In-process without its Python API, the reference passes what it can: the rest is skipped.
    result = run_suite("-m", "not browser", "--target", "wsgi:reference_app:app", "-k", "minimal or url_building")
    summary = result.stdout.split(" conformance ", 1)[1]
    named: dict[str, list[str]] = {}
    for line in summary.splitlines():
        verdict = line.strip().split(":")[0]
        if verdict in ("partly verified", "not verified"):
            named.setdefault(verdict, []).extend(line.split(": ", 1)[1].split(", "))
    assert named.keys() == {"partly verified", "not verified"}, summary
    assert all(name.endswith(" [1]") for names in named.values() for name in names), named
    assert "URL-1 [1]" in named["partly verified"] and "MIN-2 [1]" in named["not verified"]
    skipped = int(re.search(r"(\d+) skipped", result.stdout.splitlines()[-1])[1])
    assert skipped > 1 and summary.count("lacks the") == 1, summary
    assert "  [1] wsgi:reference_app:app lacks the 'python-api' capability: " in summary


def test_the_summary_names_each_claim_that_fails(no_routes_run: subprocess.CompletedProcess[str]) -> None:
    summary = no_routes_run.stdout.split(" conformance ", 1)[1]
    fails = next(line for line in summary.splitlines() if line.startswith("  fails: MIN-"))
    assert {"MIN-1", "ROUTE-3", "SESSION-1"} <= set(fails.removeprefix("  fails: ").split(", "))
