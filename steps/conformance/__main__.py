"""``python -m steps.conformance compare REPORT.json REPORT.json [...]``"""

from __future__ import annotations

import sys
from pathlib import Path

from steps.conformance.compare import compare

USAGE = "usage: python -m steps.conformance compare REPORT.json REPORT.json [...]"


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] != "compare":
        print(USAGE, file=sys.stderr)
        return 2
    print(compare([Path(a) for a in argv[1:]]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
