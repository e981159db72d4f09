"""Benchmark of the suite: wall time (median of repeated runs) and peak memory.

    python bench/run.py [--repeat 5] [--json bench/results.json] [--skip-mutants] [--skip-mutant-matrix]
                        [--skip-versions] [--hostile]

Measures, each as a separate process: the full suite in-process; the same scenarios against the
live reference app; the live run with two workers (-n 2); the mutant run (python -m mutants, median
of 3) and, beside it, the full matrix (python -m mutants --matrix, once); the
peak resident memory of the 16 MiB upload scenarios; the Flask-versions matrix (bench/versions.py);
with --hostile, a run against hostile implementations (bench/hostile.py). Prints a table and writes
JSON. Not a test: timings are never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTEST = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly"]
# Browser scenarios run only on live targets: left out everywhere, so the runs compare like with like.
SAME_SCENARIOS = ["-m", "not browser"]

#: name -> (command, what it measures)
MEASURES = {
    "in-process": (PYTEST + SAME_SCENARIOS, "full suite, reference app in-process"),
    "live": (PYTEST + SAME_SCENARIOS + ["--target", "live"], "the same, reference app under waitress"),
    "live -n 2": (PYTEST + SAME_SCENARIOS + ["--target", "live", "-n", "2"], "the same, two workers"),
    "in-process -n 2": (PYTEST + SAME_SCENARIOS + ["-n", "2"], "in-process, two workers"),
    "browser (live)": (PYTEST + ["-m", "browser", "--target", "live"], "the browser scenarios alone"),
}
UPLOAD_16MIB = PYTEST + ["-k", "16_mib", "-p", "no:xdist"]
MUTANTS = [sys.executable, "-m", "mutants"]
#: The mutant run's median is of this many runs (after one untimed); --matrix is timed once, beside it.
MUTANT_REPEAT = 3


#: As a developer's shell runs it: Python writes bytecode (and pytest its rewritten test modules)
#: unless told not to, and a first untimed run of each measure fills those caches.
ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(command: list[str]) -> tuple[float, int, int]:
    """Wall seconds, exit status, and peak RSS in MB of the largest process it waited for."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=ENVIRONMENT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, os.waitstatus_to_exitcode(status), usage.ru_maxrss // 1024


def measure(name: str, command: list[str], repeat: int) -> dict[str, object]:
    if repeat > 1:
        run(command)  # warm: bytecode and pytest's rewritten modules are written once
    times, statuses = [], set()
    for _ in range(repeat):
        elapsed, status, _rss = run(command)
        times.append(elapsed)
        statuses.add(status)
    return {
        "name": name,
        "command": " ".join(command[1:]),
        "median_s": round(statistics.median(times), 2),
        "runs_s": [round(t, 2) for t in times],
        "exit_statuses": sorted(statuses),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--skip-mutants", action="store_true")
    parser.add_argument("--skip-mutant-matrix", action="store_true", help="time the mutant run, not --matrix (minutes)")
    parser.add_argument("--skip-versions", action="store_true", help="leave out bench/versions.py (the Flask version matrix)")
    parser.add_argument("--hostile", action="store_true", help="also run bench/hostile.py (300 MiB answers, a 30 s sleeper)")
    args = parser.parse_args()

    results = [measure(name, command, args.repeat) for name, (command, _what) in MEASURES.items()]
    _elapsed, status, rss = run(UPLOAD_16MIB)
    memory = {"name": "16 MiB uploads", "command": " ".join(UPLOAD_16MIB[1:]), "peak_rss_mb": rss, "exit_statuses": [status]}
    if not args.skip_mutants:
        results.append(measure("mutants", MUTANTS, MUTANT_REPEAT))
        if not args.skip_mutant_matrix:
            results.append(measure("mutants --matrix", MUTANTS + ["--matrix"], 1))
    if not args.skip_versions:
        from versions import measure as measure_versions  # bench/versions.py

        results.append(measure_versions())

    by_name = {r["name"]: r for r in results}
    ratios = {
        "live / in-process": round(by_name["live"]["median_s"] / by_name["in-process"]["median_s"], 2),
        "live -n 2 / live": round(by_name["live -n 2"]["median_s"] / by_name["live"]["median_s"], 2),
    }
    print(f"{'run':<18} {'median s':>9}  runs")
    for r in results:
        print(f"{r['name']:<18} {r['median_s']:>9}  {r['runs_s']}  exit {r['exit_statuses']}")
    print(f"{'16 MiB uploads':<18} peak RSS {rss} MB  exit {[status]}")
    for name, value in ratios.items():
        print(f"{name:<18} {value:>9}")
    report = {
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "repeat": args.repeat,
        "runs": results,
        "memory": memory,
        "ratios": ratios,
    }
    if args.hostile:
        from hostile import measure as measure_hostile  # bench/hostile.py

        report["hostile"] = measure_hostile()
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"written: {args.json}")
    failed = [r["name"] for r in results + [memory] if r["exit_statuses"] != [0]]
    if failed:
        print(f"runs that did not pass: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
