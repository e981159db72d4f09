"""The suite is stable: same outcomes in any order and in parallel, and nothing left behind.

    python -m mutants.stability [--rounds N] [--skip-mutants] [-k EXPR]

Runs the suite against the reference app several ways and compares every scenario's outcome
(from the conformance report) with a plain, in-order run of the same target (GROUPS):

- in order (``-p no:randomly``), the baseline, where every scenario passes or is skipped;
- in random order, pytest-randomly with fixed seeds (installed, and on by default);
- over two pytest-xdist workers (``-n 2``), in random order too;
- in-process, and live under waitress (a server process per run, or per worker);
- against ``mutants.unmutated`` (the mutant machinery, no edit), in random order.

Each run gets a private, empty temp folder (``TMPDIR``) and a marker in its environment. After each
run, the temp folder must hold nothing but pytest's own ``pytest-of-<user>`` (its ``tmp_path``
store, which pytest itself keeps bounded), no process may carry the marker, and the repository may
not hold a file it did not hold before (``__pycache__`` aside). The same is checked for
``python -m mutants`` on a few mutants that start servers and write files. ``--rounds`` repeats
everything, so that a second run finds the state the first one left.

Exit status 0 when everything agrees and nothing is left behind, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARK = "QUICKSTART_STABILITY_RUN"

#: Mutants whose runs start servers (python hello.py, import hello) and write uploads.
MUTANT_SAMPLE = ["min_no_main_guard", "upload_no_secure_filename", "session_fixed_key"]

#: Groups of runs that must agree, scenario by scenario, with the group's first (in-order) run.
GROUPS = {
    "reference app, in-process": {
        "in order": ["-p", "no:randomly"],
        # pytest-randomly and pytest-xdist load themselves; the seeds make a failure reproducible.
        "random order, seed 1": ["--randomly-seed=1"],
        "random order, seed 2": ["--randomly-seed=2"],
        "-n 2, random order": ["-n", "2", "--randomly-seed=3"],
        "unmutated copy, random order": ["--target", "wsgi:mutants.unmutated:app", "--randomly-seed=4"],
    },
    "reference app, live under waitress": {
        "in order": ["--target", "live", "-p", "no:randomly"],
        "random order, seed 5": ["--target", "live", "--randomly-seed=5"],
        "-n 2, random order": ["--target", "live", "-n", "2", "--randomly-seed=6"],
    },
}


def repo_files() -> set[str]:
    found = set()
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in (".git", "__pycache__")]
        found.update(os.path.relpath(os.path.join(folder, f), ROOT) for f in files)
    return found


def marked_processes(mark: str) -> list[str]:
    """Processes whose environment carries this run's marker: whatever the run left running."""
    found = []
    needle = f"{MARK}={mark}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if needle in (entry / "environ").read_bytes().split(b"\0"):
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                found.append(f"{entry.name}: {command}")
        except OSError:
            continue  # gone meanwhile, or not ours to read
    return found


class Check:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def run(self, what: str, command: list[str]) -> subprocess.CompletedProcess:
        """Runs ``command`` with a private TMPDIR; records what it leaves behind."""
        mark = uuid.uuid4().hex
        tmp = Path(tempfile.mkdtemp(prefix="stability-tmp-"))
        env = {k: v for k, v in os.environ.items() if k not in ("SPEC_TARGET", "SPEC_TARGET_SERVER")}
        env.update({"TMPDIR": str(tmp), MARK: mark, "PYTHONDONTWRITEBYTECODE": "1"})
        before = repo_files()
        started = time.monotonic()
        try:
            done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, errors="replace",
                                  stdin=subprocess.DEVNULL, timeout=900)
            seconds = time.monotonic() - started
            left = [p for p in marked_processes(mark)]
            if left:
                time.sleep(2)  # a process being stopped as the run ended gets a moment
                left = marked_processes(mark)
            files = sorted(p.name for p in tmp.iterdir() if not p.name.startswith("pytest-of-"))
            added = sorted(repo_files() - before)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        print(f"  {what:<34} exit {done.returncode}  {seconds:5.1f} s  "
              f"temp left: {len(files)}  processes left: {len(left)}  new repo files: {len(added)}")
        for kind, items in (("left in its temp folder", files), ("left running", left), ("added to the repository", added)):
            if items:
                self.problems.append(f"{what}: {kind}: {', '.join(items)}")
        return done

    def suite(self, what: str, options: list[str], report: Path) -> dict[str, str]:
        command = [sys.executable, "-m", "pytest", "-q", *options, "--conformance-report", str(report)]
        done = self.run(what, command)
        try:
            data = json.loads(report.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.problems.append(f"{what}: no conformance report; its output ends:\n{done.stdout[-2000:]}")
            return {}
        return {s["key"]: s["outcome"] for s in data["scenarios"]}


def collection_order(options: list[str]) -> list[str]:
    done = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", *options], cwd=ROOT,
                          capture_output=True, text=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    return [line for line in done.stdout.splitlines() if "::" in line]


def compare(name: str, outcomes: dict[str, str], baseline: dict[str, str]) -> list[str]:
    if outcomes == baseline:
        return []
    differ = sorted(k for k in set(outcomes) | set(baseline) if outcomes.get(k) != baseline.get(k))
    shown = "; ".join(f"{k}: {baseline.get(k)} in order, {outcomes.get(k)} here" for k in differ[:10])
    return [f"{name}: {len(differ)} scenarios differ from the in-order run: {shown}"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mutants.stability", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=2, help="how many times to repeat everything (default 2)")
    parser.add_argument("--skip-mutants", action="store_true", help="leave out the python -m mutants sample")
    parser.add_argument("-k", dest="keyword", metavar="EXPR", help="passed to every pytest run (while features are in flux)")
    args = parser.parse_args(argv)

    plugins = subprocess.run([sys.executable, "-c", "import pytest_randomly, xdist"], capture_output=True)
    if plugins.returncode != 0:
        print("pytest-randomly and pytest-xdist must be installed for this check", file=sys.stderr)
        return 1
    check = Check()
    # Random order must really be random: the seeds give orders of their own.
    first = GROUPS["reference app, in-process"]
    orders = [collection_order(first[name]) for name in ("in order", "random order, seed 1", "random order, seed 2")]
    if not orders[0] or sorted(orders[0]) != sorted(orders[1]) or len({tuple(o) for o in orders}) != 3:
        check.problems.append("pytest-randomly does not reorder the scenarios (is it installed, and not disabled?)")
    else:
        print(f"random order is on: {len(orders[0])} tests, three different orders for no:randomly, seed 1, seed 2")
    reports = Path(tempfile.mkdtemp(prefix="stability-reports-"))
    started = time.monotonic()
    try:
        for round_ in range(1, args.rounds + 1):
            for group, variants in GROUPS.items():
                print(f"round {round_}, {group}:")
                outcomes = {}
                for i, (name, options) in enumerate(variants.items()):
                    options = options + (["-k", args.keyword] if args.keyword else [])
                    outcomes[name] = check.suite(f"{name}", options, reports / f"{round_}-{group}-{i}.json")
                baseline = outcomes["in order"]
                # Skipped is fine (a capability the target lacks), as long as every run skips the same.
                not_passed = sorted(k for k, v in baseline.items() if v not in ("passed", "skipped"))
                if not baseline:
                    check.problems.append(f"{group}: the in-order run reported no scenario")
                if not_passed:
                    check.problems.append(f"{group}: in order, {len(not_passed)} scenarios do not pass: {'; '.join(not_passed)}")
                for name, result in outcomes.items():
                    check.problems += compare(f"round {round_}, {group}, {name}", result, baseline)
                print(f"  {len(baseline)} scenarios; outcomes in order: "
                      + ", ".join(f"{o} {list(baseline.values()).count(o)}" for o in sorted(set(baseline.values()))))
            if not args.skip_mutants:
                print(f"round {round_}, the mutant runner:")
                done = check.run("python -m mutants (sample)",
                                 [sys.executable, "-m", "mutants", "--no-equivalents", "--only", *MUTANT_SAMPLE]
                                 + (["-k", args.keyword] if args.keyword else []))
                if done.returncode != 0:
                    check.problems.append(f"python -m mutants --no-equivalents --only {' '.join(MUTANT_SAMPLE)} exited {done.returncode}:\n"
                                          + done.stdout[-2000:])
    finally:
        shutil.rmtree(reports, ignore_errors=True)
    print(f"\n{time.monotonic() - started:.0f} s")
    if check.problems:
        print("\nunstable:")
        for problem in check.problems:
            print(f"- {problem}")
        return 1
    print("stable: the same outcome for every scenario in every order and in parallel; nothing left behind")
    return 0


if __name__ == "__main__":
    sys.exit(main())
