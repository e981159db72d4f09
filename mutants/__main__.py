"""Runs the suite against every mutant and prints the kill matrix.

    python -m mutants [--jobs N] [--only NAME ...] [--json FILE] [-k EXPR] [--keep DIR] [--matrix] [--fresh]

First the controls: the reference app (the suite's default target), the unmutated copy
(``mutants.unmutated``, built by the mutant machinery with no edit) and the equivalents
(``mutants/equivalents``: variants that differ only where the contract allows); all must pass
every scenario, or nothing a mutant run says would mean anything (and an equivalent that fails is
a correct implementation the suite would judge wrong). Then the mutants, N at a time (``--jobs``,
default 2, or 1 on a one-core machine). Each runs the scenarios of the rules it declares, the one
features/REVIEW.md names first (all of those run), and is killed at the first that fails; a mutant they do not catch
runs every scenario. ``--matrix`` runs every scenario against every mutant, without stopping, so
the matrix shows every scenario that catches each.

Every run is forked from one warm pytest session that collected the suite once (mutants/warm.py);
``--fresh`` starts a pytest process per run instead (slower; a mutant then runs every scenario of
its rules rather than stopping at the first that catches it).

A survivor is run once more, alone: parallel runs share the machine (``python hello.py`` always
listens on 127.0.0.1:5000, and a scenario skips when that port stays busy), so a survival is
only believed when it holds without company.

Exit status: 0 when every mutant is killed and the controls pass; 1 when a mutant survives (known
survivors included, unless ``--allow-known``: each is a scenario the suite still lacks) or a run
could not be made; 2 when a control fails; 130 when interrupted (Ctrl-C, SIGTERM: every run stopped).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from mutants import warm
from mutants.catalogue import Declaration, declarations
from mutants.equivalents import equivalents
from mutants.review import load_review
from mutants.runs import Job, Processes, Run
from steps.claims import load_claims
from steps.contract import load_rules

SCHEMA = "flask-quickstart-spec/kill-matrix/1"

#: Two runs at a time: each is one process, and the machine has two cores.
JOBS = max(1, min(2, os.cpu_count() or 1))

CONTROLS = {
    "reference": "reference",
    "unmutated": "wsgi:mutants.unmutated:app",
}


@dataclass(frozen=True)
class ExtraDeclaration(Declaration):
    """A mutant from a folder of its own (``--extra-catalogue``), imported by its file name."""

    @property
    def target(self) -> str:
        return f"wsgi:{self.name}:app"


def progress(run: Run) -> None:
    verdict = "error" if run.error else ("killed" if run.killed else "passed all")
    sys.stdout.write(f"  {run.name:<34} {verdict:<10} {run.seconds:5.1f} s\n")  # one write: runs may end in threads
    sys.stdout.flush()


def review_first(declaration: Declaration) -> tuple[str, ...]:
    """The scenarios features/REVIEW.md says kill the mutant: run first, so a kill names them."""
    return tuple(row.scenario_key_prefix for row in load_review()
                 if row.mutant == declaration.name and row.scenario_key_prefix is not None)


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
                seconds: float, keyword: str | None, matrix: bool, runner: str) -> dict[str, Any]:
    def control(run: Run) -> dict[str, Any]:
        return {"target": run.target, "scenarios": run.scenarios, "failed": run.failed,
                "skipped": sorted(run.skipped), "seconds": round(run.seconds, 1), "error": run.error}

    return {
        "schema": SCHEMA,
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "wall_seconds": round(seconds, 1),
        "keyword": keyword,
        # targeted: the run stopped at the first kill, so caught_by holds the scenarios REVIEW.md names
        # (run first, every example) that caught it, or else the first that did (with --fresh, every
        # scenario of its rules that caught it); matrix: every scenario that catches it.
        # runs: forked from one warm pytest session, or one pytest process per run (--fresh).
        "mode": "matrix" if matrix else "targeted",
        "runs": runner,
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
                        "scenario that catches each mutant, not only the first")
    parser.add_argument("--fresh", action="store_true",
                        help="a fresh pytest process per run instead of forks of one warm session (slower)")
    parser.add_argument("--extra-catalogue", metavar="DIR", type=Path,
                        help="also the mutant modules in DIR, written as those of mutants/catalogue (--only names them too)")
    args = parser.parse_args(argv)

    catalogue = declarations()
    if args.extra_catalogue:
        if not args.extra_catalogue.is_dir():
            print(f"--extra-catalogue {args.extra_catalogue}: no such folder", file=sys.stderr)
            return 2
        try:
            extra = declarations(args.extra_catalogue, ExtraDeclaration)
        except (ValueError, SyntaxError) as error:
            print(f"--extra-catalogue: {error}", file=sys.stderr)
            return 2
        clash = {d.name for d in extra} & {d.name for d in catalogue}
        if clash:
            print(f"--extra-catalogue: names the catalogue has already: {', '.join(sorted(clash))}", file=sys.stderr)
            return 2
        catalogue = catalogue + extra
        # Imported by name in every run: the forked ones inherit sys.path, fresh ones read PYTHONPATH.
        folder = str(args.extra_catalogue.resolve())
        sys.path.insert(0, folder)
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [folder, os.environ.get("PYTHONPATH")]))
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

    def work(runner: warm.Warm | Processes) -> int:
        return run_mutants(args, runner, catalogue, mutants, claims, rules)

    try:
        if args.fresh or not warm.available():
            return work(Processes(args.keyword))
        status = warm.with_warm_session(args.keyword, work)
    except KeyboardInterrupt:
        print("\ninterrupted: every run stopped", file=sys.stderr)
        return 130
    return 2 if status is None else status


def run_mutants(args: argparse.Namespace, runner: warm.Warm | Processes, catalogue: list[Declaration],
                mutants: list[Declaration], claims: dict[str, str], rules: dict[str, Any]) -> int:
    started = time.monotonic()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="mutants-reports-"))
    folder.mkdir(parents=True, exist_ok=True)

    def run_all(jobs: list[Job], parallel: int = args.jobs) -> dict[str, Run]:
        return runner.run_all(jobs, folder, parallel, progress)

    try:
        control_targets = dict(CONTROLS)
        if not args.no_equivalents:
            control_targets.update({f"equivalent {e.name}": e.target for e in equivalents()})
        # The first pass of the mutants that mostly wait (for processes, for log lines) starts now, beside the controls.
        first_pass = [Job(d.name, d.target, d.rules, review_first(d), stop=True) for d in mutants]
        if not args.matrix:
            runner.ahead(first_pass, folder)
        print(f"controls and equivalents ({len(control_targets)}), {args.jobs} at a time, {runner.name}:")
        controls = run_all([Job(n, target, baseline=n == "reference") for n, target in control_targets.items()])
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
            runs = run_all([Job(d.name, d.target) for d in mutants])
        else:
            # The scenarios of the rules a mutant breaks run first; only a survivor of those runs them all.
            # The first failing scenario kills it; the one REVIEW.md names runs ahead of the others.
            print(f"\nmutants ({len(mutants)}), the scenarios of their rules first, {args.jobs} at a time:")
            runs = run_all(first_pass)
            rest = [d for d in mutants if not runs[d.name].error and not runs[d.name].killed]
            if rest:
                print(f"\nnot caught by the scenarios of their rules, so every scenario ({len(rest)}):")
                runs.update(run_all([Job(d.name, d.target, (), review_first(d), stop=True) for d in rest]))
        again = [d for d in mutants if not runs[d.name].error and not runs[d.name].killed]
        if again and args.jobs > 1:
            print(f"\nsurvivors, once more, alone ({len(again)}):")
            runs.update(run_all([Job(d.name, d.target) for d in again], parallel=1))
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
                json.dumps(matrix_json(mutants, runs, controls, seconds, args.keyword, args.matrix, runner.name),
                           ensure_ascii=False, indent=2) + "\n",
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
