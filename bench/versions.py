"""Benchmark entry: the Flask version matrix (``python -m steps.versions``) on a warm cache.

    python bench/versions.py [--repeat 3]

A first, untimed run builds any environment the cache lacks (that one needs the package index);
each timed run is then the whole command: the seven lines, two at a time, each suite against the
reference app under waitress. Prints the median wall time and each line's suite time; bench/run.py
includes it (``--skip-versions`` leaves it out). Not a test: timings are never asserted.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: The command's own line per Flask line, on stderr: "Flask 2.1 (...): environment reused; suite 4.7 s: ..."
LINE_TIME = re.compile(r"^Flask (?P<line>\S+) \(.*\): environment (?P<how>reused|built in [\d.]+ s); suite (?P<seconds>[\d.]+) s", re.M)


def run_once(out: Path) -> tuple[float, int, dict[str, float], str]:
    """Wall seconds, exit status, each line's suite seconds, and what the command printed on stderr."""
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "steps.versions", "--out", str(out)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    lines = {m["line"]: float(m["seconds"]) for m in LINE_TIME.finditer(result.stderr)}
    return elapsed, result.returncode, lines, result.stderr


def measure(repeat: int = 3) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="bench-versions-") as folder:
        _elapsed, status, _lines, stderr = run_once(Path(folder))  # warm: builds what the cache lacks
        if status != 0:
            print(stderr, file=sys.stderr)
        times, statuses, per_line = [], {status}, {}
        for _ in range(repeat):
            elapsed, status, lines, _stderr = run_once(Path(folder))
            times.append(elapsed)
            statuses.add(status)
            for line, seconds in lines.items():
                per_line.setdefault(line, []).append(seconds)
    return {
        "name": "versions (warm cache)",
        "command": "-m steps.versions",
        "median_s": round(statistics.median(times), 2),
        "runs_s": [round(t, 2) for t in times],
        "exit_statuses": sorted(statuses),
        "suite_median_s_by_line": {line: round(statistics.median(s), 2) for line, s in per_line.items()},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    result = measure(args.repeat)
    print(json.dumps(result, indent=2))
    return 0 if result["exit_statuses"] == [0] else 1


if __name__ == "__main__":
    sys.exit(main())
