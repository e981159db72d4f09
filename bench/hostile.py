"""Benchmark of the suite against hostile implementations (steps/harness/hostile.py):

- peak memory of a whole run against a server that answers 300 MiB to every request (goal: under
  400 MB; the suite reads at most steps.targets.BODY_LIMIT of a body);
- wall time of a whole run, default options, against a server that sleeps 30 s before every answer
  (goal: within 60 s; the run stops asking after TIMEOUTS_IN_A_ROW timeouts of REQUEST_TIMEOUT).

    python bench/hostile.py [--json FILE]      (or python bench/run.py --hostile)

Browser scenarios are left out of the 300 MiB run: the browser is a process of its own, whose
memory is not the suite's. Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from run import PYTEST, run  # bench/run.py: one way to measure a run

from steps.harness.hostile import MiB, command

HUGE_BODY = PYTEST + ["-m", "not browser", "--target-server", command("huge-body", 300 * MiB)]
SLEEPER = PYTEST + ["--target-server", command("sleeper", 30)]


def measure() -> list[dict[str, object]]:
    """Runs both, prints a line for each, and returns them for the JSON."""
    results = []
    for name, what, command_line in (
        ("300 MiB answers", "peak RSS of a run against a server answering 300 MiB to every request", HUGE_BODY),
        ("30 s sleeper", "wall time of a run, default options, against a server sleeping 30 s per request", SLEEPER),
    ):
        elapsed, status, rss = run(command_line)
        results.append({"name": name, "what": what, "command": " ".join(command_line[1:]),
                        "wall_s": round(elapsed, 2), "peak_rss_mb": rss, "exit_status": status})
        print(f"{name:<18} {elapsed:>7.1f} s  peak RSS {rss} MB  exit {status}")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path, help="also write the results to FILE")
    args = parser.parse_args()
    results = measure()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
