"""``python -m steps.conformance compare REPORT.json REPORT.json [...]``
``python -m steps.conformance site REPORT.json [...] --out DIR``
``python -m steps.conformance check-links DIR``"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from steps.conformance.compare import compare

USAGE = """usage: python -m steps.conformance compare REPORT.json REPORT.json [...]
       python -m steps.conformance site REPORT.json [...] --out DIR
       python -m steps.conformance check-links DIR"""


def site(argv: list[str]) -> int:
    from steps.conformance.site import SiteError, build_site

    if "--out" not in argv or argv.index("--out") + 1 >= len(argv):
        print(USAGE, file=sys.stderr)
        return 2
    at = argv.index("--out")
    out, reports = Path(argv[at + 1]), [Path(a) for a in argv[:at] + argv[at + 2 :]]
    try:
        pages = build_site(reports, out)
    except (SiteError, OSError) as error:
        print(f"site: {error}", file=sys.stderr)
        return 1
    print(f"site: {len(pages)} pages in {out}; open {out / 'index.html'}")
    return 0


def check_links(argv: list[str]) -> int:
    from steps.conformance.site import check_links as problems_in

    if len(argv) != 1:
        print(USAGE, file=sys.stderr)
        return 2
    problems = problems_in(Path(argv[0]))
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"check-links: {len(problems)} problems in {argv[0]}", file=sys.stderr if problems else sys.stdout)
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "compare":
        table = compare([Path(a) for a in argv[1:]])
        try:
            print(table)
        except BrokenPipeError:  # `compare ... | head`: the reader has what it wanted
            # Python's recipe: stdout points at devnull, so the flush at exit cannot fail again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    if argv[:1] == ["site"]:
        return site(argv[1:])
    if argv[:1] == ["check-links"]:
        return check_links(argv[1:])
    print(USAGE, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
