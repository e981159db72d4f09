"""Runs the whole suite against every mutant and prints the kill matrix.

    python -m mutants [--jobs N] [--only NAME ...] [--json FILE] [-k EXPR] [--keep DIR] [--matrix]

First the controls: the reference app (the suite's default target), the unmutated copy
(``mutants.unmutated``, built by the mutant machinery with no edit) and the equivalents
(``mutants/equivalents``: variants that differ only where the contract allows); all must pass
every scenario, or nothing a mutant run says would mean anything (and an equivalent that fails is
a correct implementation the suite would judge wrong). Then one pytest process per mutant,
N at a time (``--jobs``, default 2, or 1 on a one-core machine), running the scenarios of the
rules the mutant declares; a mutant they do not catch runs every scenario (``--matrix`` runs every
scenario against every mutant). A mutant is killed when at least one scenario fails against it;
the scenarios that failed are the ones that caught it.

A survivor is run once more, alone: parallel runs share the machine (``python hello.py`` always
listens on 127.0.0.1:5000, and a scenario skips when that port stays busy), so a survival is
only believed when it holds without company.

Exit status: 0 when every mutant is killed and the controls pass; 1 when a mutant survives (known
survivors included, unless ``--allow-known``: each is a scenario the suite still lacks) or a run
could not be made; 2 when a control fails.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from mutants.catalogue import Declaration, declarations
from mutants.equivalents import equivalents
from mutants.review import load_review
from steps.claims import load_claims
from steps.contract import load_rules

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = "flask-quickstart-spec/kill-matrix/1"

#: Two runs at a time: each is one process, and the machine has two cores.
JOBS = max(1, min(2, os.cpu_count() or 1))

#: A whole-suite run takes seconds; one that takes this long hangs.
RUN_TIMEOUT = 600

CONTROLS = {
    "reference": "reference",
    "unmutated": "wsgi:mutants.unmutated:app",
}


@dataclass
class Run:
    """One pytest process against one target, and what its conformance report says."""

    name: str
    target: str
    seconds: float = 0.0
    exit_code: int | None = None
    failed: dict[str, str] = field(default_factory=dict)  # scenario key -> first line of the failure
    skipped: set[str] = field(default_factory=set)
    scenarios: int = 0
    error: str | None = None  # no report: the run itself broke (the mutant did not build, a hang)
    output: str = ""

    @property
    def killed(self) -> bool:
        return bool(self.failed)


def pytest_command(target: str, report: Path, keyword: str | None, rules: tuple[str, ...] = ()) -> list[str]:
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "--target", target,
               "--conformance-report", str(report)]
    if keyword:
        command += ["-k", keyword]
    if rules:
        command += ["-m", " or ".join(rules)]
    return command


def run_suite(name: str, target: str, folder: Path, keyword: str | None, rules: tuple[str, ...] = ()) -> Run:
    report = folder / f"{name}.json"
    report.unlink(missing_ok=True)
    run = Run(name, target)
    env = {k: v for k, v in os.environ.items() if k not in ("SPEC_TARGET", "SPEC_TARGET_SERVER")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    started = time.monotonic()
    process = subprocess.Popen(
        pytest_command(target, report, keyword, rules), cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace",
        start_new_session=True,  # its own group: a hang is stopped with everything it started
    )
    try:
        run.output, _ = process.communicate(timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        run.output, _ = process.communicate()
        run.error = f"no result within {RUN_TIMEOUT} s"
    run.seconds = time.monotonic() - started
    run.exit_code = process.returncode
    if run.error is None:
        try:
            data = json.loads(report.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            tail = "\n".join(run.output.strip().splitlines()[-12:])
            run.error = f"pytest wrote no conformance report (exit {process.returncode}):\n{tail}"
        else:
            for scenario in data["scenarios"]:
                run.scenarios += 1
                if scenario["outcome"] == "failed":
                    run.failed[scenario["key"]] = scenario["reason"]
                elif scenario["outcome"] == "skipped":
                    run.skipped.add(scenario["key"])
    return run


Job = tuple[str, str, tuple[str, ...]]  # name, target, the rules whose scenarios run (all when empty)


def run_all(jobs: list[Job], folder: Path, keyword: str | None, parallel: int,
            progress: bool = True) -> dict[str, Run]:
    def one(job: Job) -> Run:
        name, target, rules = job
        run = run_suite(name, target, folder, keyword, rules)
        if progress:
            verdict = "error" if run.error else ("killed" if run.killed else "passed all")
            sys.stdout.write(f"  {run.name:<34} {verdict:<10} {run.seconds:5.1f} s\n")  # one write: runs end in threads
            sys.stdout.flush()
        return run

    with ThreadPoolExecutor(max_workers=parallel) as pool:
        return {run.name: run for run in pool.map(one, jobs)}


# --- the report ----------------------------------------------------------------------------------


def verdict_of(run: Run, declaration: Declaration) -> str:
    if run.error:
        return "error"
    if run.killed:
        return "killed (a known survivor no more)" if declaration.survives else "killed"
    return "survived (known)" if declaration.survives else "survived"


def matrix_lines(mutants: list[Declaration], runs: dict[str, Run], shown: int = 3) -> list[str]:
    width = max(len(d.name) for d in mutants)
    lines = []
    for declaration in mutants:
        run = runs[declaration.name]
        verdict = verdict_of(run, declaration)
        rules = ",".join(declaration.rules)
        head = f"{verdict.split(' (')[0].upper():<8} {declaration.name:<{width}}  [{rules}]"
        if run.error:
            lines.append(f"{head}\n         {run.error.replace(chr(10), chr(10) + ' ' * 9)}")
        elif run.killed:
            keys = sorted(run.failed)
            more = f" (+{len(keys) - shown} more)" if len(keys) > shown else ""
            lines.append(f"{head}  caught by {len(keys)}: " + "; ".join(keys[:shown]) + more)
        else:
            lines.append(f"{head}  {declaration.breaks}")
            if declaration.survives:
                lines.append(f"         missing scenario: {declaration.survives}")
    return lines


def matrix_json(mutants: list[Declaration], runs: dict[str, Run], controls: dict[str, Run],
                seconds: float, keyword: str | None, matrix: bool) -> dict[str, Any]:
    def control(run: Run) -> dict[str, Any]:
        return {"target": run.target, "scenarios": run.scenarios, "failed": run.failed,
                "skipped": sorted(run.skipped), "seconds": round(run.seconds, 1), "error": run.error}

    return {
        "schema": SCHEMA,
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "wall_seconds": round(seconds, 1),
        "keyword": keyword,
        # targeted: caught_by lists the scenarios of the mutant's rules that caught it (every scenario
        # only for a mutant those did not catch); matrix: every scenario that catches it.
        "mode": "matrix" if matrix else "targeted",
        "controls": {name: control(run) for name, run in controls.items()},
        "mutants": [
            {
                **{k: v for k, v in asdict(d).items()},
                "claims": list(d.claims),
                "target": d.target,
                "verdict": verdict_of(runs[d.name], d),
                "caught_by": sorted(runs[d.name].failed),
                "reasons": runs[d.name].failed,
                "seconds": round(runs[d.name].seconds, 1),
                "error": runs[d.name].error,
            }
            for d in mutants
        ],
    }


def review_mismatches(mutants: list[Declaration], runs: dict[str, Run]) -> list[str]:
    """Rows of features/REVIEW.md whose named scenario did not catch their (killed) mutant."""
    ran = {d.name for d in mutants}
    found = []
    for row in load_review():
        if row.mutant not in ran or not runs[row.mutant].killed or row.scenario_key_prefix is None:
            continue
        caught = [key for key in runs[row.mutant].failed if key.split("[")[0] == row.scenario_key_prefix]
        if not caught:
            found.append(f"REVIEW.md:{row.line} says {row.killed_by!r} kills {row.mutant}, but that scenario passed against it")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mutants", description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", "-j", type=int, default=JOBS, help=f"runs at a time (default {JOBS})")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="these mutants only (the controls still run)")
    parser.add_argument("--json", metavar="FILE", help="write the kill matrix as JSON to FILE")
    parser.add_argument("-k", dest="keyword", metavar="EXPR", help="passed to every pytest run (while features are in flux)")
    parser.add_argument("--keep", metavar="DIR", help="keep every run's conformance report in DIR")
    parser.add_argument("--allow-known", action="store_true",
                        help="known survivors (SURVIVES) do not fail the exit status; new survivors still do")
    parser.add_argument("--list", action="store_true", help="list the catalogue and exit")
    parser.add_argument("--no-equivalents", action="store_true",
                        help="run the two controls only, not the equivalents (when what is checked is the runner itself)")
    parser.add_argument("--matrix", action="store_true",
                        help="run every scenario against every mutant (slower): the kill matrix then shows every "
                        "scenario that catches each mutant, not only those of the rules it breaks")
    args = parser.parse_args(argv)

    catalogue = declarations()
    claims, rules = load_claims(), load_rules()
    unknown = {r for d in catalogue for r in d.rules if r not in rules}
    if unknown:
        print(f"mutants name rules that features/CONTRACT.md does not have: {sorted(unknown)}", file=sys.stderr)
        return 2
    if args.list:
        for d in catalogue:
            print(f"{d.name:<34} [{','.join(d.rules)}] {d.breaks}")
        return 0
    mutants = catalogue
    if args.only:
        by_name = {d.name: d for d in catalogue}
        missing = [n for n in args.only if n not in by_name]
        if missing:
            print(f"no such mutants: {', '.join(missing)}; see python -m mutants --list", file=sys.stderr)
            return 2
        mutants = [by_name[n] for n in args.only]

    started = time.monotonic()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="mutants-reports-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        control_targets = dict(CONTROLS)
        if not args.no_equivalents:
            control_targets.update({f"equivalent {e.name}": e.target for e in equivalents()})
        print(f"controls and equivalents ({len(control_targets)}), {args.jobs} at a time:")
        controls = run_all([(n, target, ()) for n, target in control_targets.items()], folder, args.keyword, args.jobs)
        broken = {n: r for n, r in controls.items() if r.error or r.failed or not r.scenarios}
        for name, run in broken.items():
            print(f"\ncontrol {name} ({run.target}) fails:", file=sys.stderr)
            print(run.error or "\n".join(f"  {k}: {v}" for k, v in sorted(run.failed.items())) or "  no scenario ran",
                  file=sys.stderr)
        if broken:
            print("\nthe suite must pass on the controls and the equivalents before a mutant run means anything",
                  file=sys.stderr)
            return 2
        for name, run in controls.items():
            if run.exit_code != 0:
                print(f"  note: every scenario passes on {name}, but pytest exited {run.exit_code} "
                      "(a test outside the scenarios fails: see `pytest -q`)")
        baseline_skips = set.intersection(*(r.skipped for r in controls.values()))

        if args.matrix:
            print(f"\nmutants ({len(mutants)}), every scenario against each, {args.jobs} at a time:")
            runs = run_all([(d.name, d.target, ()) for d in mutants], folder, args.keyword, args.jobs)
        else:
            # The scenarios of the rules a mutant breaks run first; only a survivor of those runs them all.
            print(f"\nmutants ({len(mutants)}), the scenarios of their rules first, {args.jobs} at a time:")
            runs = run_all([(d.name, d.target, d.rules) for d in mutants], folder, args.keyword, args.jobs)
            rest = [d for d in mutants if not runs[d.name].error and not runs[d.name].killed]
            if rest:
                print(f"\nnot caught by the scenarios of their rules, so every scenario ({len(rest)}):")
                runs.update(run_all([(d.name, d.target, ()) for d in rest], folder, args.keyword, args.jobs))
        again = [d for d in mutants if not runs[d.name].error and not runs[d.name].killed]
        if again and args.jobs > 1:
            print(f"\nsurvivors, once more, alone ({len(again)}):")
            runs.update(run_all([(d.name, d.target, ()) for d in again], folder, args.keyword, 1))
        seconds = time.monotonic() - started

        print("\nkill matrix:")
        for line in matrix_lines(mutants, runs):
            print(line)
        verdicts = [verdict_of(runs[d.name], d) for d in mutants]
        counts = {v: verdicts.count(v) for v in dict.fromkeys(verdicts)}
        print("\n" + ", ".join(f"{n} {v}" for v, n in counts.items()) + f"; {len(mutants)} mutants, {seconds:.0f} s")
        odd_skips = {d.name: sorted(runs[d.name].skipped - baseline_skips) for d in mutants
                     if not runs[d.name].killed and runs[d.name].skipped - baseline_skips}
        for name, keys in odd_skips.items():
            print(f"  note: {name} skipped scenarios the controls ran: {'; '.join(keys)}")
        if not args.only:
            broken_claims = {c for d in catalogue for c in d.claims}
            untouched = [c for c in claims if c not in broken_claims]
            if untouched:
                print("claims no mutant breaks: " + ", ".join(untouched))
            broken_rules = {r for d in catalogue for r in d.rules}
            untouched = [r for r in rules if r not in broken_rules]
            if untouched:
                print("rules no mutant breaks: " + ", ".join(untouched))
        if args.json:
            Path(args.json).write_text(
                json.dumps(matrix_json(mutants, runs, controls, seconds, args.keyword, args.matrix), ensure_ascii=False,
                           indent=2) + "\n",
                encoding="utf-8",
            )
            print(f"kill matrix written to {args.json}")
        misreviewed = [] if args.keyword else review_mismatches(mutants, runs)
        for line in misreviewed:
            print(f"  review: {line}", file=sys.stderr)
        accepted = ("killed", "survived (known)") if args.allow_known else ("killed",)
        return 0 if all(v.startswith(accepted) for v in verdicts) and not misreviewed else 1
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
