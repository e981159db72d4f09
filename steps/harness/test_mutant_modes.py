"""python -m mutants: the fast run and the full matrix kill the same mutants, and a survivor fails both.

The fast run forks each run from one warm pytest session and stops a mutant at the first scenario
that catches it (the one features/REVIEW.md names first); ``--matrix`` runs every scenario against
every mutant; ``--fresh`` starts a pytest process per run. On a handful of mutants of different
kinds (a route, an upload that writes files, the python-api's restart, a ``python hello.py``
process), plus a mutant written here that changes nothing and so must survive, each mode's JSON
kill matrix must give every mutant the same verdict.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from steps.harness.suite import ROOT

KILLED = ["route_int_dropped", "upload_no_secure_filename", "session_fixed_key", "min_run_missing"]
SURVIVOR = "harness_survivor_probe"

# Built by the mutant machinery with no edit: the reference, which every scenario passes.
SURVIVOR_MODULE = textwrap.dedent(
    """
    from mutants.kit import Edit, build

    RULES = ['routing.5']
    BREAKS = 'nothing: the routing section rebuilt unedited (a survivor on purpose)'

    EDIT = Edit("routing")

    app, spec_python_api = build(EDIT)
    """
)

MODES = {"fast": [], "matrix": ["--matrix"]}


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("extra-catalogue")
    (folder / f"{SURVIVOR}.py").write_text(SURVIVOR_MODULE, encoding="utf-8")
    return folder


def run_mutants(folder: Path, json_file: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mutants", "--no-equivalents", "--extra-catalogue", str(folder),
         "--json", str(json_file), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )


@pytest.fixture(scope="module")
def with_survivor(catalogue: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, dict]]:
    """Each mode on the handful and the survivor: (exit status, JSON kill matrix)."""
    results = {}
    for mode, options in MODES.items():
        json_file = tmp_path_factory.mktemp(mode) / "matrix.json"
        done = run_mutants(catalogue, json_file, *options, "--only", *KILLED, SURVIVOR)
        assert json_file.exists(), done.stdout + done.stderr
        results[mode] = (done.returncode, json.loads(json_file.read_text(encoding="utf-8")))
    return results


def verdicts(matrix: dict) -> dict[str, str]:
    return {m["name"]: m["verdict"] for m in matrix["mutants"]}


def test_both_modes_kill_the_same_mutants_and_no_other(with_survivor: dict[str, tuple[int, dict]]) -> None:
    expected = {**{name: "killed" for name in KILLED}, SURVIVOR: "survived"}
    assert {mode: verdicts(matrix) for mode, (_status, matrix) in with_survivor.items()} == {mode: expected for mode in MODES}


def test_the_json_says_which_mode_made_it(with_survivor: dict[str, tuple[int, dict]]) -> None:
    said = {mode: (matrix["mode"], matrix["runs"]) for mode, (_status, matrix) in with_survivor.items()}
    assert said == {
        "fast": ("targeted", "forked from one warm pytest session"),
        "matrix": ("matrix", "forked from one warm pytest session"),
    }


def caught_by(matrix: dict) -> dict[str, set[str]]:
    return {m["name"]: set(m["caught_by"]) for m in matrix["mutants"]}


def test_the_scenario_that_kills_a_mutant_first_also_kills_it_in_the_matrix(with_survivor: dict[str, tuple[int, dict]]) -> None:
    fast, matrix = (caught_by(with_survivor[mode][1]) for mode in ("fast", "matrix"))
    for name in KILLED:
        assert fast[name] and fast[name] <= matrix[name], name
    # Stopping at the first kill is what makes the fast run fast: it names fewer scenarios.
    assert sum(map(len, fast.values())) < sum(map(len, matrix.values()))


def test_a_survivor_fails_the_run_in_both_modes(with_survivor: dict[str, tuple[int, dict]]) -> None:
    assert {mode: status for mode, (status, _matrix) in with_survivor.items()} == {mode: 1 for mode in MODES}


@pytest.mark.parametrize("mode", MODES)
def test_without_the_survivor_the_run_passes(mode: str, catalogue: Path, tmp_path: Path) -> None:
    """The positive control of the test above: the same run, the survivor left out, passes."""
    done = run_mutants(catalogue, tmp_path / "matrix.json", *MODES[mode], "--only", *KILLED)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_fresh_process_per_run_kills_the_same_mutants(with_survivor: dict[str, tuple[int, dict]], catalogue: Path, tmp_path: Path) -> None:
    """--fresh (no warm session, no stop at the first kill) kills them too, by scenarios the matrix names."""
    done = run_mutants(catalogue, tmp_path / "matrix.json", "--fresh", "--only", *KILLED)
    assert done.returncode == 0, done.stdout + done.stderr
    fresh = json.loads((tmp_path / "matrix.json").read_text(encoding="utf-8"))
    assert (fresh["mode"], fresh["runs"]) == ("targeted", "one pytest process per run")
    assert verdicts(fresh) == {name: "killed" for name in KILLED}
    matrix = caught_by(with_survivor["matrix"][1])
    for name, scenarios in caught_by(fresh).items():
        assert scenarios <= matrix[name], name
